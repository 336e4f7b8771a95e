import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startApp, tmpApp } from '../helpers/app.js';
import { requestBytes } from '../helpers/http.js';

/** A stylesheet over the compression threshold, with enough repetition to compress well. */
const css = Array.from({ length: 80 }, (_, i) => `.c${i} { color: #${(i * 2731).toString(16).padStart(6, '0').slice(0, 6)}; }`).join('\n');
/** Pseudo-random bytes: incompressible, and any wrong offset shows. */
const bytes = (length: number, seed: number): Buffer => {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
};
const image = bytes(200_000, 7);
const bigText = 'x'.repeat(300_000);
const revalidate = 'public, max-age=0, must-revalidate';
const neverCache = 'no-cache, no-store, must-revalidate, max-age=0, s-maxage=0';

async function publicApp(options: Parameters<typeof startApp>[1] = {}): Promise<{ url: string; root: string; logger: { lines: string[] } }> {
  const root = await tmpApp({
    'app/pages/index.html': '<p>home</p>',
    'public/styles/app.css': css,
    'public/tiny.css': 'p { margin: 0 }',
    'public/browser/app.mjs': 'export const x = 1;\n'.repeat(100),
    'public/icon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<g></g>'.repeat(300)}</svg>`,
    'public/data.json': JSON.stringify({ list: Array.from({ length: 400 }, (_, i) => i) }),
    'public/fonts/a.woff2': 'w'.repeat(5000),
    'public/docs/index.html': '<p>docs</p>',
    'public/index.html': '<p>public index</p>',
    'public/big.txt': bigText,
    'public/.env': 'SECRET=1',
  });
  await writeFile(join(root, 'public', 'photo.png'), image);
  const app = await startApp(root, { static: { fingerprint: false, ...options.static }, ...options });
  return { url: app.url, root, logger: app.logger };
}

describe('/_public/* over HTTP', async () => {
  const app = await publicApp({ static: { inMemoryLimit: 100_000 } });
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => requestBytes(app.url + path, headers, method);

  it('serves each file with the type its extension names', async () => {
    const types: Record<string, string> = {
      '/_public/styles/app.css': 'text/css; charset=utf-8',
      '/_public/browser/app.mjs': 'text/javascript; charset=utf-8',
      '/_public/icon.svg': 'image/svg+xml',
      '/_public/photo.png': 'image/png',
      '/_public/fonts/a.woff2': 'font/woff2',
      '/_public/data.json': 'application/json; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers['content-type'], type, path);
    }
    const png = await get('/_public/photo.png');
    assert.ok(png.body.equals(image));
  });

  it('sends a strong ETag and Last-Modified, and 304 for If-None-Match or If-Modified-Since', async () => {
    const first = await get('/_public/styles/app.css');
    const etag = first.headers.etag as string;
    const lastModified = first.headers['last-modified'] as string;
    assert.match(etag, /^"[\w-]+"$/);
    assert.ok(Date.parse(lastModified) > 0);
    const byEtag = await get('/_public/styles/app.css', { 'if-none-match': etag });
    assert.equal(byEtag.status, 304);
    assert.equal(byEtag.body.length, 0);
    assert.equal(byEtag.headers.etag, etag);
    assert.equal(byEtag.headers['cache-control'], revalidate);
    assert.equal((await get('/_public/styles/app.css', { 'if-none-match': `"other", ${etag}` })).status, 304);
    assert.equal((await get('/_public/styles/app.css', { 'if-modified-since': lastModified })).status, 304);
    assert.equal((await get('/_public/styles/app.css', { 'if-none-match': '"other"' })).status, 200);
    assert.equal((await get('/_public/styles/app.css', { 'if-modified-since': new Date(Date.parse(lastModified) - 60_000).toUTCString() })).status, 200);
    // A streamed file has validators too.
    const big = await get('/_public/big.txt', {}, 'HEAD');
    assert.equal((await get('/_public/big.txt', { 'if-none-match': big.headers.etag as string })).status, 304);
  });

  it('answers Range with 206, suffix ranges included, and an unsatisfiable one with 416', async () => {
    const first = await get('/_public/photo.png', { range: 'bytes=0-99' });
    assert.equal(first.status, 206);
    assert.equal(first.headers['content-range'], `bytes 0-99/${image.length}`);
    assert.ok(first.body.equals(image.subarray(0, 100)));
    const suffix = await get('/_public/photo.png', { range: 'bytes=-500' });
    assert.equal(suffix.status, 206);
    assert.equal(suffix.headers['content-range'], `bytes ${image.length - 500}-${image.length - 1}/${image.length}`);
    assert.ok(suffix.body.equals(image.subarray(image.length - 500)));
    const open = await get('/_public/big.txt', { range: 'bytes=299990-' });
    assert.equal(open.status, 206);
    assert.equal(open.body.toString(), 'x'.repeat(10));
    const middle = await get('/_public/big.txt', { range: 'bytes=1000-1999' });
    assert.equal(middle.headers['content-length'], '1000');
    assert.equal(middle.body.length, 1000);
    const beyond = await get('/_public/photo.png', { range: `bytes=${image.length}-` });
    assert.equal(beyond.status, 416);
    assert.equal(beyond.headers['content-range'], `bytes */${image.length}`);
    // Malformed ranges, and an If-Range that no longer matches, get the whole file.
    assert.equal((await get('/_public/photo.png', { range: 'pages=1-2' })).status, 200);
    assert.equal((await get('/_public/photo.png', { range: 'bytes=0-1', 'if-range': '"stale"' })).status, 200);
    const current = (await get('/_public/photo.png', {}, 'HEAD')).headers.etag as string;
    assert.equal((await get('/_public/photo.png', { range: 'bytes=0-1', 'if-range': current })).status, 206);
  });

  it('answers HEAD with the headers and length of GET and no body', async () => {
    for (const path of ['/_public/photo.png', '/_public/big.txt', '/_public/styles/app.css']) {
      const head = await get(path, {}, 'HEAD');
      const full = await get(path);
      assert.equal(head.status, 200);
      assert.equal(head.body.length, 0);
      assert.equal(head.headers['content-length'], String(full.body.length), path);
      assert.equal(head.headers.etag, full.headers.etag);
    }
  });

  it('sends the cache headers Enhance sends for files that are not fingerprinted', async () => {
    assert.equal((await get('/_public/styles/app.css')).headers['cache-control'], revalidate);
    assert.equal((await get('/_public/photo.png')).headers['cache-control'], revalidate);
    assert.equal((await get('/_public/docs/index.html')).headers['cache-control'], neverCache);
    assert.equal((await get('/_public/data.json')).headers['cache-control'], neverCache);
  });

  it('maps a folder to its index.html, and a missing file or a dotfile to 404', async () => {
    assert.equal((await get('/_public/')).body.toString(), '<p>public index</p>');
    assert.equal((await get('/_public/docs')).body.toString(), '<p>docs</p>');
    assert.equal((await get('/_public/docs/')).body.toString(), '<p>docs</p>');
    const missing = await get('/_public/nope.css');
    assert.equal(missing.status, 404);
    assert.match(missing.body.toString(), /nope\.css not found/);
    assert.equal((await get('/_public/.env')).status, 404);
    assert.equal((await get('/_public/STYLES/app.css')).status, 404);
  });

  it('negotiates br and gzip by q-value for compressible files, with Vary', async () => {
    const cases: [string, string | undefined][] = [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['gzip;q=1, br;q=0.5', 'gzip'],
      ['br;q=0, gzip;q=0.1', 'gzip'],
      ['*', 'br'],
      ['*;q=0.5, br;q=0', 'gzip'],
      ['identity', undefined],
      ['br;q=0, gzip;q=0', undefined],
      ['', undefined],
    ];
    for (const [accept, coding] of cases) {
      const response = await get('/_public/styles/app.css', { 'accept-encoding': accept });
      assert.equal(response.headers['content-encoding'], coding, accept);
      assert.equal(response.headers.vary, 'accept-encoding');
      assert.equal(response.headers['content-length'], String(response.body.length));
      const plain = coding === 'br' ? brotliDecompressSync(response.body) : coding === 'gzip' ? gunzipSync(response.body) : response.body;
      assert.equal(plain.toString(), css, accept);
      if (coding !== undefined) assert.ok(response.body.length < css.length / 2);
    }
    for (const path of ['/_public/browser/app.mjs', '/_public/icon.svg', '/_public/data.json']) {
      assert.equal((await get(path, { 'accept-encoding': 'br' })).headers['content-encoding'], 'br', path);
    }
  });

  it('never compresses images, fonts, small files or ranges', async () => {
    for (const path of ['/_public/photo.png', '/_public/fonts/a.woff2', '/_public/tiny.css']) {
      const response = await get(path, { 'accept-encoding': 'br, gzip' });
      assert.equal(response.headers['content-encoding'], undefined, path);
      assert.equal(response.headers.vary, undefined, path);
    }
    const range = await get('/_public/styles/app.css', { 'accept-encoding': 'br', range: 'bytes=0-9' });
    assert.equal(range.status, 206);
    assert.equal(range.headers['content-encoding'], undefined);
    assert.equal(range.body.toString(), css.slice(0, 10));
  });

  it('streams a file above the in-memory limit, complete and with its length', async () => {
    const response = await get('/_public/big.txt', { 'accept-encoding': 'br' });
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-length'], String(bigText.length));
    assert.equal(response.headers['content-encoding'], undefined);
    assert.equal(response.body.toString(), bigText);
  });

  it('accepts GET and HEAD only', async () => {
    const post = await get('/_public/styles/app.css', { 'content-length': '0' }, 'POST');
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD');
  });

  it('serves a built-in favicon for the built-in head when public/ has none', async () => {
    const page = await requestBytes(app.url + '/');
    assert.match(page.body.toString(), /<link rel="icon" href="\/_public\/favicon.svg">/);
    const icon = await get('/_public/favicon.svg');
    assert.equal(icon.status, 200);
    assert.equal(icon.headers['content-type'], 'image/svg+xml');
    assert.match(icon.body.toString(), /^<svg /);
  });
});

describe('/_public/* memory bounds and the 404 page', async () => {
  it('streams files that do not fit the memory budget, and serves public/404.html with 404', async () => {
    const files: Record<string, string> = { 'app/pages/index.html': '<p>x</p>', 'public/404.html': '<h1>lost</h1>' };
    for (let i = 0; i < 10; i++) files[`public/f${i}.txt`] = String(i).repeat(10_000);
    const app = await startApp(await tmpApp(files), { static: { memoryLimit: 25_000, fingerprint: false } });
    for (let i = 0; i < 10; i++) {
      const response = await requestBytes(`${app.url}/_public/f${i}.txt`);
      assert.equal(response.body.toString(), String(i).repeat(10_000));
    }
    const missing = await requestBytes(`${app.url}/_public/gone.png`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.toString(), '<h1>lost</h1>');
    assert.equal(missing.headers['content-type'], 'text/html; charset=utf-8');
  });

  it('answers 404 for every /_public/ path when the project has no public/ folder', async () => {
    const app = await startApp(await tmpApp({ 'app/pages/index.html': '<p>x</p>' }));
    const response = await requestBytes(`${app.url}/_public/app.css`);
    assert.equal(response.status, 404);
  });
});

describe('fingerprinting', async () => {
  const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 10);
  const files = {
    'app/pages/index.html': '<link rel="stylesheet" href="/_public/styles/app.css"><hero-image></hero-image>',
    'app/elements/hero-image.mjs': `import { publicUrl } from 'uplift-html';
      export default function HeroImage({ html }) {
        return html\`<style>:host { background: url("/_public/icon.svg") } .b { background: url(/_public/missing.png) }</style>
          <img src="/_public/icon.svg" srcset="/_public/icon.svg 1x, /_public/styles/app.css 2x" alt="">
          <video poster="/_public/icon.svg"></video>
          <a href="/_public/icon.svgx">x</a><a href="/_public/ICON.svg">y</a>
          <p data-url="\${publicUrl('/_public/styles/app.css?v=1#top')}">/_public/icon.svg</p>\`;
      }`,
    'public/styles/app.css': css,
    'public/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  };
  const cssName = `/_public/styles/app-${hash(css)}.css`;
  const iconName = `/_public/icon-${hash(files['public/icon.svg'])}.svg`;

  it('is on in production: hashed names are served immutable and page URLs point at them', async () => {
    const app = await startApp(await tmpApp(files));
    const hashed = await requestBytes(app.url + cssName);
    assert.equal(hashed.status, 200);
    assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(hashed.body.toString(), css);
    const original = await requestBytes(app.url + '/_public/styles/app.css');
    assert.equal(original.headers['cache-control'], revalidate);
    const page = (await requestBytes(app.url + '/')).body.toString();
    assert.ok(page.includes(`<link rel="stylesheet" href="${cssName}">`), page);
    assert.ok(page.includes(`background: url("${iconName}")`), page);
    assert.ok(page.includes('url(/_public/missing.png)'), page);
    assert.ok(page.includes(`<img src="${iconName}" srcset="${iconName} 1x, ${cssName} 2x"`), page);
    assert.ok(page.includes(`<video poster="${iconName}">`), page);
    // Exact keys only: no prefix matches, no case folding, text left alone.
    assert.ok(page.includes('href="/_public/icon.svgx"'), page);
    assert.ok(page.includes('href="/_public/ICON.svg"'), page);
    assert.ok(page.includes('>/_public/icon.svg</p>'), page);
    assert.ok(page.includes(`data-url="${cssName}?v=1#top"`), page);
  });

  it('is off in dev, and when .arc says @static fingerprint false', async () => {
    for (const [extra, options] of [[{}, { dev: true }], [{ '.arc': '@app x\n\n@static\nfingerprint false # off\n' }, {}]] as const) {
      const app = await startApp(await tmpApp({ ...files, ...extra }), options);
      assert.equal((await requestBytes(app.url + cssName)).status, 404);
      const page = (await requestBytes(app.url + '/')).body.toString();
      assert.ok(page.includes('<link rel="stylesheet" href="/_public/styles/app.css">'), page);
      assert.ok(page.includes('data-url="/_public/styles/app.css?v=1#top"'), page);
    }
  });

  it('can be switched on in dev', async () => {
    const app = await startApp(await tmpApp(files), { dev: true, static: { fingerprint: true } });
    assert.equal((await requestBytes(app.url + cssName)).status, 200);
    assert.ok((await requestBytes(app.url + '/')).body.toString().includes(cssName));
  });
});

describe('files added after start-up', async () => {
  it('are served in dev, and changes show at once; production serves what it listed', async () => {
    const root = await tmpApp({ 'app/pages/index.html': '<p>x</p>', 'public/a.css': 'a {}' });
    const dev = await startApp(root, { dev: true });
    const prod = await startApp(root, { static: { fingerprint: false } });
    await writeFile(join(root, 'public', 'later.css'), 'b {}');
    await writeFile(join(root, 'public', 'a.css'), 'a { color: red }');
    assert.equal((await requestBytes(dev.url + '/_public/later.css')).body.toString(), 'b {}');
    assert.equal((await requestBytes(dev.url + '/_public/a.css')).body.toString(), 'a { color: red }');
    assert.equal((await requestBytes(prod.url + '/_public/later.css')).status, 404);
    assert.equal((await requestBytes(prod.url + '/_public/a.css')).body.toString(), 'a {}');
  });
});
