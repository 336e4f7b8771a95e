import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { prefersJson } from '../http/negotiate.js';
import { htmlType, jsonType, noStore } from '../http/response-headers.js';
import { escapeAttribute as escapeHtml } from '../ssr/strings/escape.js';
import { devClientTag } from './inject-client.js';
import type { ProblemLocation } from './locate-problem.js';

/** What the dev server shows while the app does not build. */
export interface BuildFailure {
  readonly code: string | undefined;
  readonly message: string;
  readonly location: ProblemLocation | undefined;
}

/** The answers to every request while the app fails to build, made once per failed build. */
export interface BuildFailureBodies {
  readonly html: string;
  readonly json: string;
}

/**
 * What every request gets while the app fails to build. A browser gets a page: the error's code,
 * its message, the file, line and column, and the lines around it; it loads the dev client, so
 * saving a fix reloads the page. A JSON client (a `fetch` from the app's own scripts, a test, curl)
 * gets the same facts as `{ error: { status, code, message, file, line, column } }`.
 */
export async function renderBuildFailure(failure: BuildFailure, root: string, buildId: string): Promise<BuildFailureBodies> {
  return { html: await renderPage(failure, root, buildId), json: renderJson(failure) };
}

function renderJson({ code, message, location }: BuildFailure): string {
  return JSON.stringify({ error: { status: 500, code: code ?? null, message, file: location?.file ?? null, line: location?.line ?? null, column: location?.column ?? null } });
}

async function renderPage(failure: BuildFailure, root: string, buildId: string): Promise<string> {
  const where = failure.location;
  const place = where ? `${where.file}:${where.line}:${where.column}` : 'unknown file';
  const excerpt = where ? await sourceExcerpt(join(root, where.file), where) : '';
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Build error</title>',
    '<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#111}pre{background:#f6f6f6;padding:1rem;overflow:auto}mark{background:#fdd}</style>',
    devClientTag(buildId),
    '</head><body>',
    `<h1>The app does not build</h1>`,
    `<p><code class="code">${escapeHtml(failure.code ?? 'Error')}</code> at <code class="location">${escapeHtml(place)}</code></p>`,
    `<pre class="message">${escapeHtml(failure.message)}</pre>`,
    excerpt,
    '<p>Fix the file and save: this page reloads. The server is still running.</p>',
    '</body></html>',
  ].join('');
}

/** Three lines either side of the problem, the line itself marked. */
async function sourceExcerpt(file: string, where: ProblemLocation): Promise<string> {
  const source = await readFile(file, 'utf8').catch(() => undefined);
  if (source === undefined) return '';
  const lines = source.split('\n');
  const first = Math.max(1, where.line - 3);
  const shown = lines.slice(first - 1, where.line + 3).map((text, index) => {
    const number = first + index;
    const row = `${String(number).padStart(4)} | ${escapeHtml(text)}`;
    return number === where.line ? `<mark>${row}</mark>` : row;
  });
  return `<pre class="excerpt">${shown.join('\n')}</pre>`;
}

/**
 * Answers a request with the failure, negotiated as every Uplift answer is (500: the server could
 * not produce what was asked for).
 */
export function sendBuildFailure(res: ServerResponse, bodies: BuildFailureBodies): void {
  const wantsJson = prefersJson(res.req.headers.accept, res.req.headers['content-type']);
  const body = wantsJson ? bodies.json : bodies.html;
  res.writeHead(500, { 'content-type': wantsJson ? jsonType : htmlType, 'cache-control': noStore, vary: 'accept', 'content-length': String(Buffer.byteLength(body)) });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
