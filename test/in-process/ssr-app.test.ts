/**
 * The page renderer against real app folders in temporary directories: pages, head, preflight,
 * the element registry (all its sources and precedence), 404 / 500 pages and start-up errors.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, serialize } from 'parse5';
import type { ApiRequest } from '../../src/types.js';
import type { RouteEntry } from '../../src/routes/types.js';
import { loadPageRenderer } from '../../src/ssr/page/load-renderer.js';
import type { PageRenderer } from '../../src/ssr/page/load-renderer.js';
import { buildApiRequest } from '../../src/request/build-api-request.js';
import { parseRequestTarget } from '../../src/request/request-target.js';

const roots: string[] = [];

/** Writes `files` (paths relative to the app folder) into a fresh temporary app folder. */
async function makeApp(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'uplift-ssr-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/** A hand-built page route entry (the scanner belongs to another module). */
function pageRoute(root: string, relPath: string): RouteEntry {
  const name = relPath.replace(/\.(html|mjs|js)$/, '').replace(/(^|\/)index$/, '');
  return { kind: 'page', file: join(root, 'app', 'pages', relPath), relPath, pattern: '/' + name, segments: [], weight: '' };
}

function request(path = '/', extra: Partial<ApiRequest> = {}): ApiRequest {
  const req = buildApiRequest({ method: 'GET', url: path, headers: {}, body: null }, parseRequestTarget(path, 8192), {}, {}, {});
  return Object.assign(req, extra);
}

const dom = (html: string): string => serialize(parse(html));

/** The renderer's documents decoded (it returns the UTF-8 bytes a response sends). */
interface TextRenderer {
  preflight: PageRenderer['preflight'];
  renderPage(input: Parameters<PageRenderer['renderPage']>[0]): Promise<string>;
  renderNotFound(input: Parameters<PageRenderer['renderNotFound']>[0]): Promise<string>;
  renderError(input: Parameters<PageRenderer['renderError']>[0]): Promise<string>;
}

async function loadTextRenderer(root: string, pages: readonly RouteEntry[]): Promise<TextRenderer> {
  const renderer = await loadPageRenderer(root, pages, { dev: false });
  return {
    preflight: (req) => renderer.preflight(req),
    renderPage: async (input) => (await renderer.renderPage(input)).toString('utf8'),
    renderNotFound: async (input) => (await renderer.renderNotFound(input)).toString('utf8'),
    renderError: async (input) => (await renderer.renderError(input)).toString('utf8'),
  };
}

after(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

describe('pages and elements', () => {
  let root: string;
  let renderer: TextRenderer;
  let pages: RouteEntry[];
  before(async () => {
    root = await makeApp({
      'app/pages/index.html': '<my-header title="Home"></my-header>\n<main><my-msg></my-msg></main>',
      'app/pages/about.mjs': 'export default function About({ html, state }) { return html`<style>:host { display: block }</style><h1>About ${state.store.who}</h1>` }',
      'app/pages/users/$id.mjs': 'export default function User({ html }) { return html`<p>user page</p>` }',
      'app/elements/my-header.mjs': "export default function Header({ html, state }) { return html`<style>h1 { color: red }</style><header><h1>${state.attrs.title}</h1></header><script type=\"module\">console.log('header')</script>` }",
      'app/elements/my-msg.html': '<p class="msg">${store.message} / ${attrs.missing} / ${store.user.name || \'anon\'}</p>',
      'app/elements/blog/comment-form.mjs': 'export default ({ html }) => html`<form method="post"><slot></slot></form>`',
      'app/components/my-widget.mjs': 'export default class MyWidget { render({ html }) { return html`<b>widget</b>` } }',
      'app/components/no-render.mjs': 'export default class NoRender {}',
      'app/elements.mjs': "export default { 'my-legacy': ({ html }) => html`<i>legacy</i>`, 'my-widget': ({ html }) => html`<i>overridden</i>` }",
      'app/pages/registry.html': '<blog-comment-form>x</blog-comment-form><my-widget></my-widget><my-legacy></my-legacy>',
    });
    pages = [pageRoute(root, 'index.html'), pageRoute(root, 'about.mjs'), pageRoute(root, 'users/$id.mjs'), pageRoute(root, 'registry.html')];
    renderer = await loadTextRenderer(root, pages);
  });

  test('an .html page renders with the default head, expanded elements and hoisted tags', async () => {
    const html = await renderer.renderPage({ page: pages[0] as RouteEntry, store: { message: 'hi' }, status: 200, req: request('/') });
    assert.match(html, /^<!DOCTYPE html><html lang="en"><head>\n {2}<meta charset="utf-8">/);
    const doc = dom(html);
    assert.match(doc, /<head>.*<link rel="icon" href="\/_public\/favicon.svg">\n<style>my-header h1 \{\n  color: red;\n\}<\/style><\/head>/s);
    assert.match(doc, /<my-header title="Home" enhanced="✨"><header><h1>Home<\/h1><\/header><\/my-header>/);
    assert.match(doc, /<my-msg enhanced="✨"><p class="msg">hi \/ undefined \/ anon<\/p><\/my-msg>/);
    assert.match(doc, /<script type="module">console.log\('header'\)<\/script><\/body><\/html>$/);
  });

  test('an .mjs page renders as page-<name> with a scoped style (spec 5.2)', async () => {
    const html = await renderer.renderPage({ page: pages[1] as RouteEntry, store: { who: 'us' }, status: 200, req: request('/about') });
    assert.match(dom(html), /<page-about enhanced="✨"><h1>About us<\/h1><\/page-about>/);
    assert.match(dom(html), /<style>page-about \{\n  display: block;\n\}<\/style>/);
    const user = await renderer.renderPage({ page: pages[2] as RouteEntry, store: {}, status: 200, req: request('/users/1') });
    assert.match(user, /<page-users--id enhanced="✨"><p>user page<\/p><\/page-users--id>/);
  });

  test('the registry joins folders with "-", reads components and elements.mjs, with precedence', async () => {
    const html = dom(await renderer.renderPage({ page: pages[3] as RouteEntry, store: {}, status: 200, req: request('/registry') }));
    assert.match(html, /<blog-comment-form enhanced="✨"><form method="post">x<\/form><\/blog-comment-form>/);
    assert.match(html, /<my-widget enhanced="✨"><b>widget<\/b><\/my-widget>/, 'a component overrides elements.mjs');
    assert.match(html, /<my-legacy enhanced="✨"><i>legacy<\/i><\/my-legacy>/);
  });

  test('untrusted store strings are escaped everywhere, the .html element included', async () => {
    const html = await renderer.renderPage({ page: pages[0] as RouteEntry, store: { message: '<img src=x onerror=alert(1)>' }, status: 200, req: request('/') });
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  test('the built-in 404 page gets state.attrs.error, escaped', async () => {
    const html = await renderer.renderNotFound({ store: {}, req: request('/nope"><script>x()</script>') });
    assert.match(dom(html), /<page-404 error="\/nope&quot;&gt;&lt;script&gt;x\(\)&lt;\/script&gt; not found" enhanced="✨">/);
    assert.doesNotMatch(html, /<script>x\(\)/);
    assert.match(html, /<h1>Oops, something went wrong<\/h1>/);
  });

  test('the built-in 500 page shows an error id and never a stack in production', async () => {
    const error = new Error('secret detail');
    const html = await renderer.renderError({ store: {}, req: request('/'), errorId: 'abc123', error, dev: false });
    assert.match(html, /Internal Server Error \(error id: abc123\)/);
    assert.doesNotMatch(html, /secret detail|at .*\.js/);
  });

  test('in dev the 500 page shows the stack, escaped', async () => {
    const error = new Error('<b>boom</b>');
    const html = await renderer.renderError({ store: {}, req: request('/'), errorId: 'x', error, dev: true });
    assert.match(html, /Error: &lt;b&gt;boom&lt;\/b&gt;/);
    assert.doesNotMatch(html, /<b>boom/);
  });

  test('preflight without app/preflight.mjs returns {}', async () => {
    assert.deepEqual(await renderer.preflight(request('/')), {});
  });
});

describe('head, preflight and custom error pages', () => {
  let root: string;
  let renderer: TextRenderer;
  let pages: RouteEntry[];
  before(async () => {
    root = await makeApp({
      'app/head.mjs': "export default function head({ req, status, error, store }) { return `<!DOCTYPE html><html><head><title>${store.title ?? 'T'} ${status} ${error}</title><meta name=\"q\" content=\"${req.query.q ?? ''}\"></head><body class=\"app\">` }",
      'app/preflight.mjs': "export default async function preflight({ req }) { return { title: 'From preflight', path: req.path } }",
      'app/pages/index.mjs': 'export default ({ html, state }) => html`<style>p { margin: 0 }</style><p>${state.store.title}</p>`',
      'app/pages/404.html': '<p>custom not found</p>',
      'app/pages/500.mjs': 'export default ({ html, state }) => html`<p class="err">${state.attrs.error}</p>`',
      'app/pages/boom.mjs': "export default () => { throw new Error('page failed') }",
    });
    pages = [pageRoute(root, 'index.mjs'), pageRoute(root, '404.html'), pageRoute(root, '500.mjs'), pageRoute(root, 'boom.mjs')];
    renderer = await loadTextRenderer(root, pages);
  });

  test('head.mjs gets req, status, error and store; hoisted styles stay in the head', async () => {
    const store = { ...(await renderer.preflight(request('/', { query: { q: 'x' } }))), fromApi: 1 };
    assert.deepEqual(store, { title: 'From preflight', path: '/', fromApi: 1 });
    const html = dom(await renderer.renderPage({ page: pages[0] as RouteEntry, store, status: 201, req: request('/', { query: { q: 'x' } }) }));
    assert.match(html, /<title>From preflight 201 false<\/title><meta name="q" content="x"><style>page-index p \{\n  margin: 0;\n\}<\/style><\/head><body class="app">/);
    assert.match(html, /<page-index enhanced="✨"><p>From preflight<\/p><\/page-index>/);
  });

  test('request values are escaped in the head too', async () => {
    const req = request('/', { query: { q: '"><script>alert(1)</script>' } });
    const html = await renderer.renderPage({ page: pages[0] as RouteEntry, store: { title: 't' }, status: 200, req });
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /content="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  });

  test('the app 404.html page is used, with status 404 and the message in head()', async () => {
    const html = await renderer.renderNotFound({ store: {}, req: request('/missing') });
    assert.match(html, /<title>T 404 \/missing not found<\/title>/);
    assert.match(html, /<p>custom not found<\/p>/);
  });

  test('the app 500.mjs page gets state.attrs.error', async () => {
    const html = await renderer.renderError({ store: {}, req: request('/boom'), errorId: 'e1', error: new Error('x'), dev: false });
    assert.match(dom(html), /<page-500 error="Internal Server Error \(error id: e1\)" enhanced="✨"><p class="err">Internal Server Error \(error id: e1\)<\/p><\/page-500>/);
  });

  test('a throwing page rejects, so the pipeline can render the 500 page', async () => {
    await assert.rejects(renderer.renderPage({ page: pages[3] as RouteEntry, store: {}, status: 200, req: request('/boom') }), /page failed/);
  });
});

describe('start-up errors name the file', () => {
  test('an invalid element file name', async () => {
    const root = await makeApp({ 'app/elements/MyThing.mjs': 'export default () => ``' });
    await assert.rejects(loadPageRenderer(root, [], { dev: false }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'UPLIFT_ELEMENT_NAME');
      assert.match(error.message, /MyThing\.mjs: "MyThing" is not a valid element name/);
      return true;
    });
  });

  test('an element without a default export function', async () => {
    const root = await makeApp({ 'app/elements/my-thing.mjs': 'export const x = 1' });
    await assert.rejects(loadPageRenderer(root, [], { dev: false }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'UPLIFT_ELEMENT_EXPORT');
      assert.match(error.message, /my-thing\.mjs must export default an element function/);
      return true;
    });
  });

  test('an element that fails to import', async () => {
    const root = await makeApp({ 'app/elements/my-thing.mjs': 'const ok = 1;\nexport default (' });
    await assert.rejects(loadPageRenderer(root, [], { dev: false }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'UPLIFT_MODULE_LOAD');
      // The place of a syntax error, which Node 20's import error leaves out.
      assert.match(error.message, /^app\/elements\/my-thing\.mjs:2:17: SyntaxError: Unexpected end of input\. The element could not be imported; fix the error at that place\.$/);
      return true;
    });
  });

  test('an .html element with an expression that is not a state path', async () => {
    const root = await makeApp({ 'app/elements/my-thing.html': '<p>${attrs.items.map(x => x)}</p>' });
    await assert.rejects(loadPageRenderer(root, [], { dev: false }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'UPLIFT_ELEMENT_TEMPLATE');
      assert.match(error.message, /my-thing\.html: \$\{attrs\.items\.map\(x => x\)\} is not a state path/);
      return true;
    });
  });

  test('a head.mjs without a default function', async () => {
    const root = await makeApp({ 'app/head.mjs': 'export const head = 1' });
    await assert.rejects(loadPageRenderer(root, [], { dev: false }), /head\.mjs must export default a function/);
  });
});
