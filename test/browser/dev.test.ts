/**
 * Live reload in a real browser: an open page shows an element's new markup within 2 s of the file
 * being saved (the bound the dev loop promises), and a build error page turns back into the page
 * when the file is fixed.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tmpApp } from '../helpers/app.js';
import { launchBrowser, skipWithoutChromium } from '../helpers/browser.js';
import { startDev } from '../helpers/dev.js';

const card = (text: string): string => `export default function NoteCard({ html }) { return html\`<p id="card">${text}</p>\` }`;

describe('live reload in Chromium', { skip: skipWithoutChromium() }, async () => {
  const root = await tmpApp({ 'app/pages/index.html': '<note-card></note-card>', 'app/elements/note-card.mjs': card('before') });
  const server = await startDev(root);
  const browser = await launchBrowser();

  it('shows an edited element within 2 s, and recovers from a syntax error', async () => {
    const page = await browser.newPage();
    const connected = page.waitForResponse((response) => response.url().endsWith('/_uplift/dev/events'), { timeout: 10_000 });
    await page.goto(server.url, { timeout: 10_000 });
    await connected;
    assert.equal(await page.textContent('#card'), 'before');

    const saved = Date.now();
    await writeFile(join(root, 'app/elements/note-card.mjs'), card('after'));
    await page.waitForFunction(() => document.querySelector('#card')?.textContent === 'after', undefined, { timeout: 2_000 });
    assert.ok(Date.now() - saved < 2_000);

    await writeFile(join(root, 'app/elements/note-card.mjs'), 'export default function NoteCard( {');
    await page.waitForSelector('h1:text("The app does not build")', { timeout: 10_000 });
    assert.match((await page.textContent('.location')) ?? '', /^app\/elements\/note-card\.mjs:1:\d+$/);
    await writeFile(join(root, 'app/elements/note-card.mjs'), card('fixed'));
    await page.waitForFunction(() => document.querySelector('#card')?.textContent === 'fixed', undefined, { timeout: 10_000 });
    await page.close();
  });
});
