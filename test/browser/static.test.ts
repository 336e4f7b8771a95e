import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';
import { launchBrowser, skipWithoutChromium } from '../helpers/browser.js';

const files = {
  'app/pages/index.html': `<link rel="stylesheet" href="/_public/styles/site.css">
    <main><h1 id="title">Static</h1><p id="count">not run</p></main>
    <script type="module" src="/_public/browser/counter.mjs"></script>`,
  'app/browser/counter.mjs': `import { greet } from 'tiny-greeting';
    import { double } from './lib/math.mjs';
    document.getElementById('count').textContent = greet('bundle') + ' ' + double(21);`,
  'app/browser/lib/math.mjs': 'export const double = (n) => n * 2;',
  'node_modules/tiny-greeting/package.json': JSON.stringify({ name: 'tiny-greeting', type: 'module', main: 'index.js' }),
  'node_modules/tiny-greeting/index.js': 'export function greet(name) { return `hello ${name}`; }',
  'public/styles/site.css': '#title { color: rgb(0, 90, 200); letter-spacing: 3px; }',
};

describe('fingerprinted styles and bundled modules in a real browser', { skip: skipWithoutChromium() }, async () => {
  const server = await serve(files);
  const browser = await launchBrowser();

  it('loads the fingerprinted stylesheet and the bundled module, and both apply', async () => {
    const page = await browser.newPage();
    const loaded: { url: string; status: number; cacheControl: string | undefined }[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/_public/')) loaded.push({ url: new URL(response.url()).pathname, status: response.status(), cacheControl: response.headers()['cache-control'] });
    });
    await page.goto(server.url, { timeout: 10_000 });
    await page.waitForFunction(() => document.getElementById('count')?.textContent !== 'not run', null, { timeout: 5000 });
    assert.equal(await page.$eval('#count', (el) => el.textContent), 'hello bundle 42');
    assert.equal(await page.$eval('#title', (el) => getComputedStyle(el).color), 'rgb(0, 90, 200)');
    const stylesheet = loaded.find((entry) => entry.url.startsWith('/_public/styles/site-'));
    const script = loaded.find((entry) => entry.url.startsWith('/_public/browser/counter-'));
    assert.ok(stylesheet && script, JSON.stringify(loaded));
    assert.match(stylesheet.url, /^\/_public\/styles\/site-[0-9a-f]{10}\.css$/);
    for (const entry of [stylesheet, script]) {
      assert.equal(entry.status, 200);
      assert.equal(entry.cacheControl, 'public, max-age=31536000, immutable');
    }
    await page.close();
  });
});
