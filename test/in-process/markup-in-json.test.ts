/**
 * Markup values never leave as the tokens that stand for them. A template literal in an `app/`
 * module is tagged by the app loader, so a helper an API handler or middleware imports from
 * `app/lib` returns a token, as does a `trusted()` value made a string. A JSON body, a raw body and
 * a session hold the markup text instead (its values escaped as the app's pages escape them), and
 * data that merely holds the marker characters is left as it is. Over HTTP, on a real app.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';

const files = {
  'app/lib/badge.mjs': 'export const badge = (n) => `<span class="badge">${n}</span>`',
  'app/middleware/banner.mjs': "export default async function banner(req) { req.banner = `<b>Hello ${req.query.name ?? 'you'}</b>` }",
  'app/api/index.mjs': `import { badge } from '../lib/badge.mjs'
    import { trusted } from 'uplift-html/ssr'
    import banner from '../middleware/banner.mjs'
    async function answer(req) {
      return { json: { badge: badge('<x>'), list: [1, 2].map(badge).join(''), trusted: \`\${trusted('<i>t</i>')}\`, banner: req.banner, nested: { deep: [badge(3)] } } }
    }
    export const get = [banner, answer]`,
  'app/api/raw.mjs': "import { badge } from '../lib/badge.mjs'\nexport async function get() { return { html: `<!doctype html><p>${badge(1)}</p>` } }",
  'app/api/echo.mjs': 'export async function post(req) { return { json: { got: req.body } } }',
  'app/api/remember.mjs': `import { badge } from '../lib/badge.mjs'
    export async function post() { return { session: { flash: badge('saved') }, json: {} } }
    export async function get(req) { return { json: { flash: req.session.flash } } }`,
  'app/pages/index.html': '<p>page</p>',
};

const asJson = { accept: 'application/json' };
const markers = /[\uE000\uE001]/;

describe('markup values in JSON, raw bodies and sessions', async () => {
  const app = await serve(files);
  const raw = await serve(files, { escape: 'enhance' });

  it('a JSON body holds the markup made by an app/ helper, trusted() and a middleware, its values escaped', async () => {
    const response = await fetch(`${app.url}/?name=%3Cscript%3E`, { headers: asJson });
    const text = await response.text();
    assert.doesNotMatch(text, markers);
    assert.deepEqual(JSON.parse(text), {
      badge: '<span class="badge">&lt;x&gt;</span>',
      list: '<span class="badge">1</span><span class="badge">2</span>',
      trusted: '<i>t</i>',
      banner: '<b>Hello &lt;script&gt;</b>',
      nested: { deep: ['<span class="badge">3</span>'] },
    });
  });

  it("in escape: 'enhance' mode the values are written as Enhance writes them", async () => {
    const response = await fetch(`${raw.url}/?name=%3Cscript%3E`, { headers: asJson });
    const body = (await response.json()) as Record<string, string>;
    assert.equal(body['badge'], '<span class="badge"><x></span>');
    assert.equal(body['banner'], '<b>Hello <script></b>');
  });

  it('a raw html body holds the markup', async () => {
    const text = await (await fetch(`${app.url}/raw`)).text();
    assert.equal(text, '<!doctype html><p><span class="badge">1</span></p>');
  });

  it('a session keeps the markup, so a later request reads it as text', async () => {
    const saved = await fetch(`${app.url}/remember`, { method: 'POST', headers: { ...asJson, 'content-type': 'application/json' }, body: '{}' });
    const cookie = (saved.headers.getSetCookie().find((value) => value.startsWith('_idx=')) as string).split(';')[0] as string;
    const read = await fetch(`${app.url}/remember`, { headers: { ...asJson, cookie } });
    assert.deepEqual(await read.json(), { flash: '<span class="badge">saved</span>' });
  });

  it('leaves data holding the marker characters as it is', async () => {
    const data = { text: '\uE000abc0.1\uE001 and \uE001' };
    const response = await fetch(`${app.url}/echo`, { method: 'POST', headers: { ...asJson, 'content-type': 'application/json' }, body: JSON.stringify(data) });
    assert.deepEqual(await response.json(), { got: data });
  });
});
