// TEMPORARY (issue 3 part 8): serves .html pages without element expansion until ssr/ lands.
import { readFile } from 'node:fs/promises';
import type { RouteEntry } from '../routes/types.js';
import type { PageRenderer } from './app-context.js';
import { escapeHtml } from '../response/escape-html.js';

const head = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title></title></head><body>';

export async function loadPageRenderer(_appDir: string, pages: readonly RouteEntry[], _options: { dev: boolean }): Promise<PageRenderer> {
  const bodies = new Map<string, string>();
  for (const page of pages) bodies.set(page.file, page.file.endsWith('.html') ? await readFile(page.file, 'utf8') : '');
  return {
    preflight: async () => ({}),
    renderPage: async ({ page }) => `${head}${bodies.get(page.file) ?? ''}</body></html>`,
    renderNotFound: async ({ req }) => `${head}<h1>404</h1><p>${escapeHtml(req.path)} not found</p></body></html>`,
    renderError: async ({ errorId }) => `${head}<h1>500</h1><p>Error id ${escapeHtml(errorId)}</p></body></html>`,
  };
}
