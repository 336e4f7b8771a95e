import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { scanRoutes } from '../../src/routes/manifest.js';
import type { RouteEntry, Router } from '../../src/routes/types.js';
import { createRouter } from '../../src/router/router.js';
import { createRouteApp, type RouteApp } from '../helpers/route-app.js';

import { routingCases as cases, routingFiles as files, type Tree } from '../helpers/routing-cases.js';

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
    const router = createRouter([]);
    for (const path of ['/', '/index', '/a/b/c', '/%E2%9C%93', '//', '/a/']) assert.equal(router.match(path), null, path);
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
