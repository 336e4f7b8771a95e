/**
 * The bytes of a rendered page over HTTP. A page render writes each `enhanced="✨"` as the three
 * UTF-8 bytes of ✨ and sends the page's Latin-1 bytes when the rest is ASCII (src/ssr/output/document-bytes.ts);
 * these tests hold both paths to the plain UTF-8 encoding of the page: ASCII pages, pages whose
 * data or templates hold any other character, and data that looks like the stand-in itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { serve } from '../helpers/app.js';

const app = {
  'app/api/index.mjs': `export async function get(req) { return { json: { text: req.query.t ?? 'plain' } } }`,
  'app/pages/index.html': '<x-text></x-text><x-text></x-text>',
  'app/elements/x-text.mjs': 'export default ({ html, state }) => html`<p title="${state.store.text}">${state.store.text}</p><x-inner></x-inner>`',
  'app/elements/x-inner.mjs': 'export default ({ html }) => html`<b>inner</b>`',
  'app/pages/static.html': '<x-static></x-static>',
  'app/elements/x-static.mjs': 'export default ({ html }) => html`<p>naïve café, 日本, 🎉 and ✨ as text</p>`',
};

interface Page {
  readonly bytes: Buffer;
  readonly text: string;
  readonly length: string | null;
}

async function getPage(url: string): Promise<Page> {
  const response = await fetch(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(5_000) });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  const bytes = Buffer.from(await response.arrayBuffer());
  return { bytes, text: bytes.toString('utf8'), length: response.headers.get('content-length') };
}

/** The page is exactly the UTF-8 encoding of its text, framed by the right length. */
function assertUtf8(page: Page): void {
  assert.equal(page.length, String(page.bytes.length));
  assert.ok(Buffer.from(page.text, 'utf8').equals(page.bytes), 'the body is not the UTF-8 encoding of its own text');
}

const enhancedCount = (text: string): number => text.split('enhanced="✨"').length - 1;

// The same pages under the built-in (ASCII) head and under a head with text beyond ASCII, which
// is encoded apart from the body.
const heads: { name: string; files: Record<string, string>; start: string }[] = [
  { name: 'the built-in head', files: {}, start: '<!DOCTYPE html><html lang="en"><head>\n  <meta charset="utf-8">' },
  {
    name: 'a non-ASCII head',
    files: { 'app/head.mjs': 'export default () => `<!DOCTYPE html><html lang="fr"><head><title>Café — ✨ 日本</title></head>`' },
    start: '<!DOCTYPE html><html lang="fr"><head><title>Café — ✨ 日本</title></head><body><x-text enhanced="✨">',
  },
];

for (const head of heads) describe(`rendered page bytes, with ${head.name}`, async () => {
  const server = await serve({ ...app, ...head.files });

  it('sends an ASCII page with every enhanced="✨" as UTF-8', async () => {
    const page = await getPage(`${server.url}/`);
    assertUtf8(page);
    assert.equal(enhancedCount(page.text), 4);
    assert.ok(page.bytes.includes(Buffer.from([0x65, 0x6e, 0x68, 0x61, 0x6e, 0x63, 0x65, 0x64, 0x3d, 0x22, 0xe2, 0x9c, 0xa8, 0x22])));
    assert.equal(page.text.split('<p title="plain">plain</p>').length - 1, 2);
  });

  it('keeps data that looks like the three bytes of ✨ as the characters it is', async () => {
    const lookAlike = '\u00e2\u009c\u00a8';
    const page = await getPage(`${server.url}/?t=${encodeURIComponent(lookAlike)}`);
    assertUtf8(page);
    assert.equal(enhancedCount(page.text), 4);
    assert.equal(page.text.split(`<p title="${lookAlike}">${lookAlike}</p>`).length - 1, 2);
  });

  it('sends a page whose own template holds non-ASCII text', async () => {
    const page = await getPage(`${server.url}/static`);
    assertUtf8(page);
    assert.equal(enhancedCount(page.text), 1);
    assert.ok(page.text.includes('<p>naïve café, 日本, 🎉 and ✨ as text</p>'), page.text);
  });

  it('sends any text from the data exactly, with the attribute intact', async () => {
    const piece = fc.oneof(
      fc.constantFrom('\u00e2\u009c\u00a8', '\u00e2', '\u009c', '✨', 'é', 'ÿ', '\u00a0', '日本', '🎉', 'a', ' '),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    // Markup characters are escaped (tested elsewhere) and control characters are refused in a
    // query; lone surrogates cannot be percent-encoded. Everything else goes.
    const sendable = (text: string): boolean => {
      if (/[&<>"'\u0000-\u001f\u007f]/.test(text)) return false;
      try {
        encodeURIComponent(text);
        return true;
      } catch {
        return false;
      }
    };
    const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join('')).filter(sendable);
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const page = await getPage(`${server.url}/?t=${encodeURIComponent(t)}`);
        assertUtf8(page);
        assert.equal(enhancedCount(page.text), 4);
        assert.equal(page.text.split(`<p title="${t}">${t}</p>`).length - 1, 2, JSON.stringify(t));
      }),
      { numRuns: 100, interruptAfterTimeLimit: 15_000 },
    );
  });

  it('keeps the head as written', async () => {
    const page = await getPage(`${server.url}/`);
    assert.ok(page.text.startsWith(head.start), page.text.slice(0, 300));
  });
});
