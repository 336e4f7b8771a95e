import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';
import type { Browser } from 'playwright-core';
import { launchBrowser, skipWithoutChromium } from '../helpers/browser.js';

// Each test, not the suite, is skipped without a browser, so the summary counts them as skipped.
const skip = skipWithoutChromium();

describe('forms in a real browser with JavaScript disabled', async () => {
  const app = await serve({
    'app/api/guestbook.mjs': `
      const entries = [];
      export async function get() { return { json: { entries } } }
      export async function post(req) { entries.push(String(req.body.name)); return { location: '/guestbook' } }`,
    'app/pages/guestbook.html': `<form method="post" action="/guestbook"><input name="name"><button>Sign</button></form><p id="done">page</p>`,
  });
  // Skipped tests never touch it.
  const browser = (skip ? undefined : await launchBrowser()) as Browser;

  it('posts, follows the 302 with a GET, and lands on the page', { skip }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') requests.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await page.goto(`${app.url}/guestbook`, { timeout: 10_000 });
    await page.fill('input[name=name]', 'Ada');
    await Promise.all([page.waitForURL(`${app.url}/guestbook`, { timeout: 10_000 }), page.click('button')]);
    assert.deepEqual(requests, ['GET /guestbook', 'POST /guestbook', 'GET /guestbook']);
    assert.equal(await page.textContent('#done'), 'page');
    const entries = await (await fetch(`${app.url}/guestbook`, { headers: { accept: 'application/json' } })).json();
    assert.deepEqual(entries, { entries: ['Ada'] });
    await context.close();
  });
});
