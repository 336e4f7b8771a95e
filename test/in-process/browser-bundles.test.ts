import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createApp, rebuildBrowserBundles, UpliftError } from '../../src/index.js';
import { startApp, tmpApp } from '../helpers/app.js';
import { requestBytes } from '../helpers/http.js';

const env = { ARC_APP_SECRET: 'test-secret-that-is-at-least-32-characters-long' };

describe('browser bundles from app/browser/', async () => {
  it('bundles each top-level file at start-up in production, bare imports from node_modules', async () => {
    const root = await tmpApp({
      'app/pages/index.html': '<p>x</p>',
      'app/browser/main.mjs': `import { shout } from 'shout-lib'; import { tail } from './parts/tail.mjs'; console.log(shout('hi') + tail);`,
      'app/browser/widget.ts': `const size: number = 3; export const area = size * size;`,
      'app/browser/parts/tail.mjs': `export const tail = '!';`,
      'node_modules/shout-lib/package.json': JSON.stringify({ name: 'shout-lib', main: 'index.js' }),
      'node_modules/shout-lib/index.js': 'exports.shout = (s) => s.toUpperCase() + "-SHOUTED";',
    });
    const app = await startApp(root, { static: { fingerprint: false } });
    const main = await requestBytes(`${app.url}/_public/browser/main.mjs`);
    assert.equal(main.status, 200);
    assert.equal(main.headers['content-type'], 'text/javascript; charset=utf-8');
    const code = main.body.toString();
    assert.match(code, /-SHOUTED/);
    assert.ok(!/from\s*["']shout-lib["']/.test(code), 'the bare import is bundled in');
    const widget = await requestBytes(`${app.url}/_public/browser/widget.js`);
    assert.equal(widget.status, 200);
    assert.ok(!widget.body.toString().includes(': number'), 'TypeScript is compiled');
    // Only top-level files are entries.
    assert.equal((await requestBytes(`${app.url}/_public/browser/tail.mjs`)).status, 404);
  });

  it('rebuilds on demand, for the dev watcher', async () => {
    const root = await tmpApp({ 'app/pages/index.html': '<p>x</p>', 'app/browser/a.mjs': 'console.log("first")' });
    assert.deepEqual(await rebuildBrowserBundles(root, { dev: true }), ['browser/a.mjs']);
    await writeFile(join(root, 'app', 'browser', 'a.mjs'), 'console.log("second")');
    await rebuildBrowserBundles(root, { dev: true });
    assert.match(await readFile(join(root, 'public', 'browser', 'a.mjs'), 'utf8'), /second/);
    assert.deepEqual(await rebuildBrowserBundles(await tmpApp({})), []);
  });

  it('stops start-up with the file and line of a build error', async () => {
    const root = await tmpApp({
      'app/pages/index.html': '<p>x</p>',
      'app/browser/broken.mjs': 'const a = 1;\nconst b = ;\n',
    });
    await assert.rejects(createApp({ root, env }), (error: unknown) => {
      assert.ok(error instanceof UpliftError);
      assert.equal(error.code, 'UPLIFT_BROWSER_BUNDLE');
      assert.match(error.message, /app\/browser\/broken\.mjs:2:11/);
      return true;
    });
    const missing = await tmpApp({ 'app/pages/index.html': '<p>x</p>', 'app/browser/m.mjs': "import 'not-installed-anywhere';" });
    await assert.rejects(createApp({ root: missing, env }), /app\/browser\/m\.mjs:1:8: Could not resolve "not-installed-anywhere"/);
  });
});
