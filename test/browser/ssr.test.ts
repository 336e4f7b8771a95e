import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';
import type { Browser } from 'playwright-core';
import { launchBrowser, skipWithoutChromium } from '../helpers/browser.js';

const app = {
  'app/api/index.mjs': `export async function get() { return { json: { items: ['one', 'two', 'three'] } } }`,
  'app/pages/index.html': `<fancy-list></fancy-list><fancy-list></fancy-list><p id="plain">plain</p>`,
  'app/elements/fancy-list.mjs': `export default function FancyList({ html, state }) {
    return html\`<style>:host { display: block; border-left: 4px solid rgb(0, 128, 0); } li { color: rgb(255, 0, 0); }</style><script type="module">window.fancyRuns = (window.fancyRuns ?? 0) + 1;</script>
      <ul>\${state.store.items.map((item) => \`<fancy-item label="\${item}"></fancy-item>\`).join('')}</ul>\`;
  }`,
  'app/elements/fancy-item.mjs': `export default function FancyItem({ html, state }) {
    return html\`<style>:host { font-weight: 700; }</style><li>\${state.attrs.label}</li><script>window.itemRuns = (window.itemRuns ?? 0) + 1;</script>\`;
  }`,
};

// Each test, not the suite, is skipped without a browser, so the summary counts them as skipped.
const skip = skipWithoutChromium();

describe('server-rendered pages in a real browser', async () => {
  const server = await serve(app);
  // Skipped tests never touch it.
  const browser = (skip ? undefined : await launchBrowser()) as Browser;

  it('applies the hoisted, scoped styles', { skip }, async () => {
    const page = await browser.newPage();
    await page.goto(server.url, { timeout: 10_000 });
    assert.equal(await page.locator('fancy-list').count(), 2);
    assert.equal(await page.locator('fancy-item').count(), 6);
    const listBorder = await page.$eval('fancy-list', (el) => getComputedStyle(el).borderLeftColor);
    assert.equal(listBorder, 'rgb(0, 128, 0)');
    const itemColor = await page.$eval('fancy-item li', (el) => getComputedStyle(el).color);
    assert.equal(itemColor, 'rgb(255, 0, 0)');
    const itemWeight = await page.$eval('fancy-item', (el) => getComputedStyle(el).fontWeight);
    assert.equal(itemWeight, '700');
    // Scoped: the plain paragraph outside the elements is untouched.
    assert.equal(await page.$eval('#plain', (el) => getComputedStyle(el).fontWeight), '400');
    await page.close();
  });

  it('runs each element type\'s script once, however many instances', { skip }, async () => {
    const page = await browser.newPage();
    await page.goto(server.url, { timeout: 10_000 });
    await page.waitForFunction(() => (window as unknown as { fancyRuns?: number }).fancyRuns !== undefined, null, { timeout: 5000 });
    const runs = await page.evaluate(() => {
      const w = window as unknown as { fancyRuns?: number; itemRuns?: number };
      return { fancy: w.fancyRuns, item: w.itemRuns };
    });
    assert.deepEqual(runs, { fancy: 1, item: 1 });
    assert.equal(await page.locator('body > script').count(), 2);
    await page.close();
  });
});
