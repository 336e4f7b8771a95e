import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';
import { rawGet } from '../helpers/http.js';
import { routingCases, routingFiles, type Tree } from '../helpers/routing-cases.js';

/**
 * The router's table of cases, again over real HTTP: each API file answers with its own name and
 * params, each page with a marker naming its file. The two trees are separate apps so that an API
 * miss is a 404 rather than the pages tree's catch-all.
 */
function appFiles(tree: Tree): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of routingFiles.filter((name) => name.startsWith(`${tree}/`))) {
    const relative = file.slice(tree.length + 1);
    files[`app/${file}`] = tree === 'api'
      ? `export async function get(req) { const { proxy, ...params } = req.params; return { json: { file: ${JSON.stringify(relative)}, params } } }`
      : `<p data-file="${relative}">page</p>`;
  }
  return files;
}

/** Paths whose percent-encoding is not valid UTF-8 are refused before routing (400). */
function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

describe('routing over HTTP', async () => {
  const apps = { api: await serve(appFiles('api')), pages: await serve(appFiles('pages')) };

  it('answers one prefix static first, then $param, then $$', async () => {
    const answeredBy = async (path: string): Promise<unknown> =>
      JSON.parse((await rawGet(apps.api.port, path, { accept: 'application/json' })).body).file;
    assert.equal(await answeredBy('/lv/a'), 'lv/a.mjs');
    assert.equal(await answeredBy('/lv/b'), 'lv/$p.mjs');
    assert.equal(await answeredBy('/lv/b/c'), 'lv/$$.mjs');
  });

  for (const [tree, path, expected, params = {}] of routingCases) {
    it(`${tree} ${path} → ${expected ?? (isDecodable(path) ? 404 : 400)}`, async () => {
      const app = apps[tree];
      const response = await rawGet(app.port, path, { accept: tree === 'api' ? 'application/json' : 'text/html' });
      if (!isDecodable(path)) {
        assert.equal(response.status, 400);
        return;
      }
      if (expected === null) {
        assert.equal(response.status, 404);
        return;
      }
      assert.equal(response.status, 200, response.body.slice(0, 200));
      if (tree === 'api') {
        assert.deepEqual(JSON.parse(response.body), { file: expected, params });
      } else {
        assert.match(response.body, new RegExp(`data-file="${expected.replace(/[$.()+]/g, '\\$&')}"`));
      }
    });
  }
});
