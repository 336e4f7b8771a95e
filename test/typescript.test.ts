/**
 * TypeScript app modules with no build step: `.ts` / `.mts` routes, pages, elements, head and
 * preflight load through the app module hook (src/loader/), in `createApp` and in `uplift start`;
 * stack traces and import errors name `.ts` lines; route files with other extensions get a warning.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp } from '../src/index.js';
import { runCli, waitForUrl } from './helpers/cli.js';
import { serve, tmpApp } from './helpers/app.js';

const typedApp = {
  'app/api/notes.ts': [
    "import type { ApiRequest } from 'uplift-html';",
    'interface Note { id: number; title: string }',
    "const notes: Note[] = [{ id: 1, title: 'typed' }];",
    'export async function get(req: ApiRequest) {',
    '  return { json: { notes, from: req.path } };',
    '}',
  ].join('\n'),
  'app/api/boom.mts': [
    'type Reason = string;',
    '',
    'export async function get() {',
    "  const reason: Reason = 'on purpose';",
    '  throw new Error(reason);',
    '}',
  ].join('\n'),
  // An element importing `../lib/format.ts` as `../lib/format.js`, as TypeScript code writes it.
  'app/elements/note-title.ts': [
    "import { shout } from '../lib/format.js';",
    "import type { ElementFunction } from 'uplift-html';",
    'const NoteTitle: ElementFunction = ({ html, state }) => html`<h2>${shout(String(state.attrs.title))}</h2>`;',
    'export default NoteTitle;',
  ].join('\n'),
  'app/lib/format.ts': 'export const shout = (text: string): string => text.toUpperCase();',
  'app/pages/notes.mts': [
    'export default function NotesPage({ html, state }: { html: Function; state: { store: { notes?: Array<{ title: string }> } } }) {',
    "  return html`${(state.store.notes ?? []).map((note) => `<note-title title=\"${note.title}\"></note-title>`).join('')}<p>${state.store.greeting}</p>`;",
    '}',
  ].join('\n'),
  'app/head.ts': "export default function head(): string { return '<!DOCTYPE html><html><head><title>typed head</title></head><body>'; }",
  'app/preflight.ts': "export default function preflight(): { greeting: string } { return { greeting: 'from preflight.ts' }; }",
};

describe('TypeScript app modules', () => {
  it('load as routes, pages, elements, head and preflight', async () => {
    const app = await serve(typedApp);
    const json = await fetch(`${app.url}/notes`, { headers: { accept: 'application/json' } });
    assert.deepEqual(await json.json(), { notes: [{ id: 1, title: 'typed' }], from: '/notes' });
    const page = await (await fetch(`${app.url}/notes`)).text();
    assert.match(page, /<title>typed head<\/title>/);
    assert.match(page, /<h2>TYPED<\/h2>/);
    assert.match(page, /<p>from preflight\.ts<\/p>/);
  });

  it('give stack traces that point at the .mts line', async () => {
    const app = await serve(typedApp, { dev: true });
    const response = await fetch(`${app.url}/boom`, { headers: { accept: 'application/json' } });
    const body = (await response.json()) as { error: { stack: string } };
    assert.equal(response.status, 500);
    // Line 5, column 9 of the file as written: the `new Error` of `throw new Error(reason)`.
    assert.match(body.error.stack, /app\/api\/boom\.mts:5:9\b/);
  });

  it('stop start-up at a syntax error with the .ts file, line and column', async () => {
    const root = await tmpApp({ 'app/api/x.ts': 'const a: number = 1;\nexport function get(): number {\n  return a +;\n}\n' });
    await assert.rejects(createApp({ root }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'UPLIFT_MODULE_LOAD');
      assert.match(error.message, /^app\/api\/x\.ts:3:13: SyntaxError: Unexpected ";"\. The API route module could not be imported; fix the error at that place\.$/);
      return true;
    });
  });

  it('stop start-up at a bad export with the .ts line it is declared on', async () => {
    const root = await tmpApp({
      'app/api/x.ts': [
        "import type { ApiRequest } from 'uplift-html';",
        '',
        'interface Reply {',
        '  json: { path: string };',
        '}',
        '',
        'export async function get(req: ApiRequest): Promise<Reply> { return { json: { path: req.path } } }',
        "export const post: unknown[] = [async () => ({}), 'not a function'];",
      ].join('\n'),
    });
    await assert.rejects(createApp({ root }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'UPLIFT_MODULE_EXPORT');
      assert.match(error.message, /^app\/api\/x\.ts:8:8: item 1 of export "post" is string; it must be an async function/);
      return true;
    });
  });

  it('name the imported file when the mistake is in a dependency', async () => {
    const root = await tmpApp({
      'app/api/index.mjs': "import { helper } from '../lib/helper.mjs';\nexport const get = async () => ({ json: helper });",
      'app/lib/helper.mjs': 'export const helper = {\n  a: 1,,\n};\n',
    });
    await assert.rejects(createApp({ root }), /^UpliftError: app\/lib\/helper\.mjs:2:8: SyntaxError: Unexpected token ','\. The API route module could not be imported \(imported by app\/api\/index\.mjs\); fix the error at that place\.$/);
  });

  it('warn at start-up about files in app/api and app/pages that are not routes', async () => {
    const app = await serve({ 'app/api/notes.json': '{}', 'app/pages/about.md': '# About', 'app/api/types.d.ts': 'export {};', 'app/pages/.gitkeep': '' });
    const warnings = app.logger.lines.filter((line) => line.includes('is not a route'));
    assert.equal(warnings.length, 2, app.logger.lines.join('\n'));
    assert.match(warnings[0] ?? '', /^warn: app\/api\/notes\.json is not a route: Uplift routes \.mjs, \.js, \.ts and \.mts files/);
    assert.match(warnings[1] ?? '', /^warn: app\/pages\/about\.md is not a route/);
  });

  it('load in `uplift start`', async () => {
    const root = await tmpApp(typedApp);
    const cli = runCli(['start', root, '--port', '0'], { ARC_APP_SECRET: 'a-cli-test-secret-that-is-32-bytes-or-more' });
    const url = await waitForUrl(cli);
    const response = await fetch(`${url}/notes`, { headers: { accept: 'application/json' } });
    assert.equal(((await response.json()) as { notes: unknown[] }).notes.length, 1);
    cli.child.kill('SIGTERM');
    await cli.exited;
  });
});
