import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { scanRoutes } from '../../src/routes/manifest.js';
import type { RouteEntry, Router } from '../../src/routes/types.js';
import { createRouter } from '../../src/router/router.js';
import { createRouteApp, type RouteApp } from '../helpers/route-app.js';

/**
 * The api tree has a root index and no root catch-all, so unmatched paths give null; the pages
 * tree has a root `$$` and no index, to check what a catch-all takes.
 */
const files = [
  'api/index.mjs',
  'api/about.mjs',
  'api/notes/index.mjs',
  'api/notes/$id.mjs',
  'api/things/$id.mjs',
  'api/docs/index.mjs',
  'api/docs/$slug.mjs',
  'api/docs/$$.mjs',
  'api/one/$$.mjs',
  'api/a/b.mjs',
  'api/.well-known/webfinger.mjs',
  'api/café.mjs',
  'api/users/$user-id.mjs',
  'api/users/$user-id/edit.mjs',
  'api/lv/a.mjs',
  'api/lv/$p.mjs',
  'api/lv/$$.mjs',
  'api/lv/$p/z.mjs',
  'api/sh.mjs',
  'api/sh/$$.mjs',
  'api/(x)+.mjs',
  'api/my page.mjs',
  'pages/about.html',
  'pages/$$.html',
  'pages/docs/$$.html',
  'pages/$a/$b.html',
];

type Tree = 'api' | 'pages';
/** [tree, request path, expected file relative to the tree or null, expected params]. */
type Case = [Tree, string, string | null, Record<string, string>?];

const cases: Case[] = [
  // spec §1.2 table and §13.1, §13.2
  ['api', '/', 'index.mjs'],
  ['api', '/index', null],
  ['api', '/about', 'about.mjs'],
  ['api', '/about/', 'about.mjs'],
  ['api', '/ABOUT', 'about.mjs'],
  ['api', '/About/', 'about.mjs'],
  ['api', '/about.html', null],
  ['api', '/about/x', null],
  ['api', '/about//', null],
  ['api', '/notes', 'notes/index.mjs'],
  ['api', '/notes/', 'notes/index.mjs'],
  ['api', '/notes/42', 'notes/$id.mjs', { id: '42' }],
  ['api', '/Notes/4%202/', 'notes/$id.mjs', { id: '4%202' }],
  ['api', '/notes/4%202', 'notes/$id.mjs', { id: '4%202' }],
  ['api', '/notes/1/2', null],
  ['api', '/notes/index', 'notes/$id.mjs', { id: 'index' }],
  ['pages', '/', '$$.html'],
  ['pages', '/anything/at/all', '$$.html'],
  ['api', '/.well-known/webfinger', '.well-known/webfinger.mjs'],
  ['api', '/.WELL-KNOWN/WebFinger/', '.well-known/webfinger.mjs'],
  // §13.6: params stay percent-encoded
  ['api', '/things/a%20b', 'things/$id.mjs', { id: 'a%20b' }],
  ['api', '/things/a%2Fb', 'things/$id.mjs', { id: 'a%2Fb' }],
  ['api', '/things/%FF', 'things/$id.mjs', { id: '%FF' }],
  ['api', '/things/Caf%C3%A9', 'things/$id.mjs', { id: 'Caf%C3%A9' }],
  // §13.7: a catch-all needs the slash before it
  ['api', '/one/', 'one/$$.mjs'],
  ['api', '/one/x/y', 'one/$$.mjs'],
  ['api', '/ONE/x/', 'one/$$.mjs'],
  ['api', '/one', null],
  // §13.8
  ['api', '/docs', 'docs/index.mjs'],
  ['api', '/docs/', 'docs/index.mjs'],
  ['api', '/docs/intro', 'docs/$slug.mjs', { slug: 'intro' }],
  ['api', '/docs/a/b', 'docs/$$.mjs'],
  ['api', '/docs/index', 'docs/$slug.mjs', { slug: 'index' }],
  // §1.3: docs/$$ (CA) beats $a/$b (BB) for /docs/x
  ['pages', '/docs/x', 'docs/$$.html'],
  ['pages', '/docs/x/y', 'docs/$$.html'],
  ['pages', '/x/y', '$a/$b.html', { a: 'x', b: 'y' }],
  ['pages', '/x/y/z', '$$.html'],
  ['pages', '/about', 'about.html'],
  ['pages', '/about/x', '$a/$b.html', { a: 'about', b: 'x' }],
  // static > param > catch-all at each level; earlier segments dominate
  ['api', '/lv/a', 'lv/a.mjs'],
  ['api', '/lv/b', 'lv/$p.mjs', { p: 'b' }],
  ['api', '/lv/', 'lv/$$.mjs'],
  ['api', '/lv/a/b', 'lv/$$.mjs'],
  ['api', '/lv/b/z', 'lv/$p/z.mjs', { p: 'b' }],
  ['api', '/lv/a/z', 'lv/$p/z.mjs', { p: 'a' }],
  ['api', '/lv', null],
  // a deeper catch-all outranks a static file on its own URL with a slash (CCA > CC)
  ['api', '/sh', 'sh.mjs'],
  ['api', '/sh/', 'sh/$$.mjs'],
  ['api', '/sh/x', 'sh/$$.mjs'],
  // Unicode static names are compared decoded and NFC-folded
  ['api', '/caf%C3%A9', 'café.mjs'],
  ['api', '/CAF%C3%89', 'café.mjs'],
  ['api', '/cafe%CC%81', 'café.mjs'],
  ['api', '/caf%E9', null],
  // file names are literal text, not patterns; spaces are compared decoded
  ['api', '/(x)+', '(x)+.mjs'],
  ['api', '/x', null],
  ['api', '/xx', null],
  ['api', '/my%20page', 'my page.mjs'],
  ['api', '/My%20Page/', 'my page.mjs'],
  // param with a literal suffix (Enhance's `$user-id`)
  ['api', '/users/bob-id', 'users/$user-id.mjs', { user: 'bob' }],
  ['api', '/users/Bob-ID/', 'users/$user-id.mjs', { user: 'Bob' }],
  ['api', '/users/bob%2Did', 'users/$user-id.mjs', { user: 'bob' }],
  ['api', '/users/a-id-id', 'users/$user-id.mjs', { user: 'a-id' }],
  ['api', '/users/-id', null],
  ['api', '/users/bob', null],
  ['api', '/users/bob-id/edit', 'users/$user-id/edit.mjs', { user: 'bob' }],
  // empty segments and encoded slashes
  ['api', '/a/b', 'a/b.mjs'],
  ['api', '/a//b', null],
  ['api', '//a/b', null],
  ['api', '/a%2Fb', null],
  ['api', '//', null],
  ['pages', '/a//b', '$$.html'],
];

let app: RouteApp;
const routers = new Map<Tree, Router>();
const manifestTrees = new Map<Tree, readonly RouteEntry[]>();

before(async () => {
  app = await createRouteApp(files);
  const manifest = await scanRoutes(app.appDir);
  manifestTrees.set('api', manifest.api);
  manifestTrees.set('pages', manifest.pages);
  routers.set('api', createRouter(manifest.api));
  routers.set('pages', createRouter(manifest.pages));
});
after(() => app.remove());

function routerOf(tree: Tree): Router {
  const router = routers.get(tree);
  assert.ok(router);
  return router;
}

describe('router: shared table', () => {
  it('has at least 40 cases', () => {
    assert.ok(cases.length >= 40, `only ${cases.length} cases`);
  });
  for (const [tree, path, expected, params = {}] of cases) {
    it(`${tree} ${path} → ${expected ?? 'null'}`, () => {
      const result = routerOf(tree).match(path);
      if (expected === null) {
        assert.equal(result, null);
        return;
      }
      assert.ok(result, `${path} did not match`);
      assert.equal(result.route.relPath, expected);
      assert.deepEqual({ ...result.params }, params);
    });
  }
});

describe('router: construction', () => {
  it('does not depend on the order of its input', () => {
    const api = [...(manifestTrees.get('api') ?? [])].reverse();
    const router = createRouter(api);
    for (const [tree, path, expected] of cases) {
      if (tree === 'api') assert.equal(router.match(path)?.route.relPath ?? null, expected, path);
    }
  });

  it('matches nothing without routes', () => {
    assert.equal(createRouter([]).match('/'), null);
  });
});

describe('router: hostile input', () => {
  const api = (): Router => routerOf('api');
  const pages = (): Router => routerOf('pages');

  it('handles 10k segments', () => {
    const path = `/${'a/'.repeat(10_000)}b`;
    assert.equal(api().match(path), null);
    assert.equal(pages().match(path)?.route.relPath, '$$.html');
    assert.equal(api().match(`/docs/${'x/'.repeat(10_000)}`)?.route.relPath, 'docs/$$.mjs');
  });

  it('handles many slashes', () => {
    const path = '/'.repeat(100_000);
    assert.equal(api().match(path), null);
    assert.equal(pages().match(path)?.route.relPath, '$$.html');
  });

  it('handles one huge segment, also against a suffixed param', () => {
    const long = 'a'.repeat(100_000);
    assert.equal(api().match(`/${long}`), null);
    assert.equal(api().match(`/users/${long}-id`)?.params['user'], long);
    assert.equal(api().match(`/users/${'%41'.repeat(30_000)}`), null);
    const accents = '%C3%A9'.repeat(20_000);
    assert.equal(api().match(`/notes/${accents}`)?.params['id'], accents);
  });

  it('returns null, without throwing, for paths the core should have refused', () => {
    const paths = ['', 'about', '*', '%2F', '/%', '/caf%', '/%%%', '/notes/%', '/users/%-id', '/\u0000'];
    for (const path of paths) {
      assert.doesNotThrow(() => api().match(path), path);
    }
    assert.equal(api().match(''), null);
    assert.equal(api().match('about'), null);
    assert.equal(api().match('/%'), null);
    assert.equal(api().match('/notes/%')?.params['id'], '%');
  });
});

describe('router: properties', () => {
  const piece = fc.oneof(
    fc.constantFrom('', 'a', 'A', 'b', '%', '%2F', '%FF', '%C3%A9', '$$'),
    fc.constantFrom('about', 'notes', 'docs', 'users', 'x-id', '-id', 'one', 'lv', 'sh'),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  const anyPath = fc.array(piece, { maxLength: 12 }).map((parts) => `/${parts.join('/')}`);

  it('never throws, for any path', () => {
    fc.assert(
      fc.property(anyPath, (path) => {
        routerOf('api').match(path);
        routerOf('pages').match(path);
      }),
      { numRuns: 300 },
    );
  });

  it('matches a static route whatever the case of its URL', () => {
    const statics = (manifestTrees.get('api') ?? []).filter((route) =>
      route.segments.every((segment) => segment.kind === 'static') && route.segments.length > 0,
    );
    assert.ok(statics.length >= 5);
    const arbitrary = fc.record({
      index: fc.nat({ max: statics.length - 1 }),
      flips: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ index, flips }) => {
        const route = statics[index];
        assert.ok(route);
        let n = 0;
        const flip = (c: string): string =>
          flips[n++ % flips.length] === true ? c.toUpperCase() : c.toLowerCase();
        const names = route.pattern.slice(1).split('/');
        const flipped = names.map((name) => encodeURIComponent([...name].map(flip).join('')));
        const path = `/${flipped.join('/')}`;
        assert.equal(routerOf('api').match(path)?.route, route, path);
      }),
      { numRuns: 200 },
    );
  });

  it('hands back any encoded param value unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), (value) => {
        const encoded = encodeURIComponent(value);
        const result = routerOf('api').match(`/things/${encoded}`);
        assert.ok(result, encoded);
        assert.equal(result.route.relPath, 'things/$id.mjs');
        assert.deepEqual({ ...result.params }, { id: encoded });
      }),
      { numRuns: 200 },
    );
  });
});
