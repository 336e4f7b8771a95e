import assert from 'node:assert/strict';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { UpliftError } from '../../src/common/errors.js';
import { scanRoutes } from '../../src/routes/manifest.js';
import { createRouteApp, type RouteApp } from '../helpers/route-app.js';

const apps: RouteApp[] = [];
after(async () => {
  await Promise.all(apps.map((app) => app.remove()));
});

async function appWith(files: readonly string[]): Promise<RouteApp> {
  const app = await createRouteApp(files);
  apps.push(app);
  return app;
}

/** Runs the scan and returns the UpliftError it must throw. */
async function scanError(files: readonly string[]): Promise<UpliftError> {
  const app = await appWith(files);
  try {
    await scanRoutes(app.appDir);
  } catch (error) {
    assert.ok(error instanceof UpliftError, `expected an UpliftError, got ${String(error)}`);
    return error;
  }
  assert.fail(`scanRoutes accepted ${files.join(', ')}`);
}

describe('scanRoutes: discovery', () => {
  it('lists both trees, sorted most specific first, with absolute files', async () => {
    const app = await appWith([
      'api/index.mjs',
      'api/notes/$id.mjs',
      'api/notes/index.mjs',
      'api/$$.mjs',
      'pages/about.html',
      'pages/index.html',
      'pages/notes/$id.mjs',
    ]);
    const manifest = await scanRoutes(app.appDir);
    assert.deepEqual(
      manifest.api.map((r) => [r.kind, r.relPath, r.pattern, r.weight]),
      [
        ['api', 'index.mjs', '/', 'D'],
        ['api', 'notes/index.mjs', '/notes', 'CD'],
        ['api', 'notes/$id.mjs', '/notes/:id', 'CB'],
        ['api', '$$.mjs', '/*', 'A'],
      ],
    );
    assert.deepEqual(
      manifest.pages.map((r) => [r.kind, r.relPath, r.pattern]),
      [
        ['page', 'index.html', '/'],
        ['page', 'notes/$id.mjs', '/notes/:id'],
        ['page', 'about.html', '/about'],
      ],
    );
    assert.equal(manifest.api[2]?.file, path.join(app.appDir, 'api', 'notes', '$id.mjs'));
  });

  it('returns deeply frozen data', async () => {
    const app = await appWith(['api/$id.mjs']);
    const manifest = await scanRoutes(app.appDir);
    const route = manifest.api[0];
    assert.ok(route);
    const values = [manifest, manifest.api, manifest.pages, route, route.segments, route.segments[0]];
    for (const value of values) {
      assert.equal(Object.isFrozen(value), true);
    }
  });

  it('accepts missing api and pages folders, and a missing app folder', async () => {
    const app = await appWith(['pages/index.html']);
    const manifest = await scanRoutes(app.appDir);
    assert.deepEqual(manifest.api, []);
    assert.equal(manifest.pages.length, 1);
    const nothing = await scanRoutes(path.join(app.appDir, 'nothing-here'));
    assert.deepEqual(nothing, { api: [], pages: [], ignored: [] });
  });

  it('routes dot folders and TypeScript, skips node_modules, dotfiles, declarations and other extensions', async () => {
    const app = await appWith([
      'api/.well-known/webfinger.mjs',
      'api/node_modules/pkg/index.mjs',
      'api/lib/node_modules/x.mjs',
      'api/.DS_Store',
      'api/._about.mjs',
      'api/notes.ts',
      'api/todos.mts',
      'api/notes.d.ts',
      'api/data.json',
      'pages/robots.txt',
      'pages/about.html',
      'pages/notes/.gitkeep',
    ]);
    const manifest = await scanRoutes(app.appDir);
    assert.deepEqual(
      manifest.api.map((r) => r.pattern),
      ['/.well-known/webfinger', '/notes', '/todos'],
    );
    assert.deepEqual(
      manifest.pages.map((r) => r.pattern),
      ['/about'],
    );
    // Listed so start-up can warn; dotfiles and declarations are skipped without a word.
    assert.deepEqual(manifest.ignored, ['app/api/data.json', 'app/pages/robots.txt']);
  });

  it('honours extension options', async () => {
    const app = await appWith(['api/a.ts', 'api/b.mjs', 'pages/c.md', 'pages/d.html']);
    const options = { apiExtensions: ['.ts'], pageExtensions: ['.md'] };
    const manifest = await scanRoutes(app.appDir, options);
    assert.deepEqual(
      manifest.api.map((r) => r.relPath),
      ['a.ts'],
    );
    assert.deepEqual(
      manifest.pages.map((r) => r.relPath),
      ['c.md'],
    );
  });

  it('refuses an extension without a leading dot', async () => {
    const app = await appWith(['api/a.mjs']);
    await assert.rejects(scanRoutes(app.appDir, { apiExtensions: ['mjs'] }), (error: unknown) => {
      assert.ok(error instanceof UpliftError);
      assert.equal(error.code, 'UPLIFT_CONFIG');
      assert.match(error.message, /apiExtensions contains "mjs"; each extension must start with a dot/);
      return true;
    });
  });

  it('follows symbolic links, survives a cycle and ignores a broken link', async () => {
    const app = await appWith(['shared/notes.mjs', 'api/index.mjs']);
    const api = path.join(app.appDir, 'api');
    await symlink(path.join(app.appDir, 'shared'), path.join(api, 'linked'));
    await symlink(path.join(app.appDir, 'shared', 'notes.mjs'), path.join(api, 'alias.mjs'));
    await symlink(api, path.join(api, 'loop'));
    await symlink(path.join(app.appDir, 'missing.mjs'), path.join(api, 'broken.mjs'));
    const manifest = await scanRoutes(app.appDir);
    assert.deepEqual(
      manifest.api.map((r) => r.relPath),
      ['index.mjs', 'linked/notes.mjs', 'alias.mjs'],
    );
  });

  it('handles a deep tree', async () => {
    const app = await appWith([`api/${'d/'.repeat(60)}$id.mjs`]);
    const manifest = await scanRoutes(app.appDir);
    assert.equal(manifest.api[0]?.pattern, `/${'d/'.repeat(60)}:id`);
  });
});

describe('scanRoutes: conflicts (UPLIFT_ROUTE_CONFLICT)', () => {
  /** [case, files, the two files as the message names them, the patterns it shows]. */
  const cases: [string, string[], string, string][] = [
    ['file and folder index', ['api/a.mjs', 'api/a/index.mjs'], 'api/a.mjs and app/api/a/index.mjs', '/a'],
    ['two extensions', ['api/a.mjs', 'api/a.js'], 'api/a.js and app/api/a.mjs', '/a'],
    ['html and mjs page', ['pages/about.html', 'pages/about.mjs'], 'pages/about.html and app/pages/about.mjs', '/about'],
    ['case only', ['api/About.mjs', 'api/about.mjs'], 'api/About.mjs and app/api/about.mjs', '/About and /about'],
    ['two params', ['api/$a.mjs', 'api/$b.mjs'], 'api/$a.mjs and app/api/$b.mjs', '/:a and /:b'],
    ['param folder index', ['api/$a/index.mjs', 'api/$b.mjs'], 'api/$a/index.mjs and app/api/$b.mjs', '/:a and /:b'],
    ['nested params', ['api/x/$a/$b.mjs', 'api/x/$c/$d.js'], 'api/x/$a/$b.mjs and app/api/x/$c/$d.js', '/x/:a/:b and /x/:c/:d'],
    ['two catch-alls', ['pages/$$.html', 'pages/$$.mjs'], 'pages/$$.html and app/pages/$$.mjs', '/*'],
    ['Unicode forms', ['api/café.mjs', 'api/cafe\u0301.mjs'], 'api/cafe\u0301.mjs and app/api/café.mjs', '/cafe\u0301 and /café'],
    ['same suffix', ['api/$a-x.mjs', 'api/$b-X.mjs'], 'api/$a-x.mjs and app/api/$b-X.mjs', '/:a-x and /:b-X'],
  ];
  for (const [name, files, named, patterns] of cases) {
    it(`refuses ${name}`, async () => {
      const error = await scanError(files);
      assert.equal(error.code, 'UPLIFT_ROUTE_CONFLICT');
      assert.equal(
        error.message,
        `Route conflict: app/${named} both match ${patterns}. Remove or rename one of them.`,
      );
    });
  }

  it('reports every conflict of both trees at once', async () => {
    const error = await scanError([
      'api/a.mjs',
      'api/a/index.mjs',
      'api/$x.mjs',
      'api/$y.mjs',
      'pages/b.html',
      'pages/B.html',
      'pages/b/index.mjs',
    ]);
    assert.equal(error.code, 'UPLIFT_ROUTE_CONFLICT');
    assert.equal(
      error.message,
      [
        'Route conflicts (3):',
        '- app/api/$x.mjs and app/api/$y.mjs both match /:x and /:y. Remove or rename one of them.',
        '- app/api/a.mjs and app/api/a/index.mjs both match /a. Remove or rename one of them.',
        '- app/pages/B.html, app/pages/b.html and app/pages/b/index.mjs all match /B and /b. ' +
          'Remove or rename all but one of them.',
      ].join('\n'),
    );
  });

  it('pairs api and page files of one URL without a conflict', async () => {
    const app = await appWith(['api/a.mjs', 'pages/a.html', 'api/$id.mjs', 'pages/$id.html']);
    const manifest = await scanRoutes(app.appDir);
    assert.equal(manifest.api.length, 2);
    assert.equal(manifest.pages.length, 2);
  });

  it('accepts routes that only look alike', async () => {
    const files = ['a.mjs', 'a/$$.mjs', '$a.mjs', '$a-x.mjs', 'myindex.mjs', 'my.mjs'];
    const app = await appWith(files.map((file) => `api/${file}`));
    const manifest = await scanRoutes(app.appDir);
    assert.equal(manifest.api.length, 6);
  });
});

describe('scanRoutes: file names (UPLIFT_ROUTE_NAME)', () => {
  it('refuses a folder named $$ and names the file and the fix', async () => {
    const error = await scanError(['api/docs/$$/index.mjs']);
    assert.equal(error.code, 'UPLIFT_ROUTE_NAME');
    assert.match(error.message, /^Invalid route file name: app\/api\/docs\/\$\$\/index\.mjs: a folder named "\$\$"/);
    assert.match(error.message, /put a file named "\$\$" with a route extension \(e\.g\. "\$\$\.mjs"\) in that folder/);
  });

  it('lists every refused name, before looking for conflicts', async () => {
    const files = ['api/$$x.mjs', 'pages/a$b.html', 'pages/$.html', 'api/a.mjs', 'api/a.js'];
    const error = await scanError(files);
    assert.equal(error.code, 'UPLIFT_ROUTE_NAME');
    const lines = error.message.split('\n');
    assert.equal(lines[0], 'Invalid route file names (3):');
    assert.match(lines[1] ?? '', /^- app\/api\/\$\$x\.mjs: "\$\$x" mixes "\$\$" with other text/);
    assert.match(lines[2] ?? '', /^- app\/pages\/\$\.html: "\$" starts with "\$" but no param name/);
    assert.match(lines[3] ?? '', /^- app\/pages\/a\$b\.html: "a\$b" has "\$" inside it/);
    assert.equal(lines.length, 4);
  });

  it('ignores a $$ folder that holds no route files', async () => {
    const app = await appWith(['api/$$/notes.txt', 'api/index.mjs']);
    await mkdir(path.join(app.appDir, 'api', 'empty', '$$'), { recursive: true });
    const manifest = await scanRoutes(app.appDir);
    assert.deepEqual(
      manifest.api.map((r) => r.relPath),
      ['index.mjs'],
    );
  });
});
