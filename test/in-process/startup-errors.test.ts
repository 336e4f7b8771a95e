/** Mistakes in an app's modules, reported at start-up with the place and the fix. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp } from '../../src/index.js';
import { captureLogger, tmpApp } from '../helpers/app.js';

async function warningsFor(source: string): Promise<string[]> {
  const logger = captureLogger();
  await createApp({ root: await tmpApp({ 'app/api/notes.mjs': source }), logger, env: { ARC_APP_SECRET: 'test-secret-that-is-at-least-32-characters-long' } });
  return logger.lines.filter((line) => line.startsWith('warn: '));
}

describe('misnamed handler exports', () => {
  const cases: Array<[string, string, string]> = [
    ['gett', 'export async function gett() {}', 'warn: app/api/notes.mjs: export "gett" is ignored; handlers are named after their method in lower case: did you mean "get"? (UPLIFT_MODULE_EXPORT)'],
    ['Post', 'export const Post = [async () => {}]', 'warn: app/api/notes.mjs: export "Post" is ignored; handlers are named after their method in lower case: did you mean "post"? (UPLIFT_MODULE_EXPORT)'],
    ['delete', 'export async function get() {}\nexport { get as delete }', 'warn: app/api/notes.mjs: export "delete" is ignored; DELETE requests call the export named "destroy" (UPLIFT_MODULE_EXPORT)'],
    ['a default export', 'export default async function post() {}', 'warn: app/api/notes.mjs: export "default" is ignored; API routes use named exports, one per method: did you mean `export async function post(req)`? (UPLIFT_MODULE_EXPORT)'],
    ['an anonymous default export', 'export default async () => {}', 'warn: app/api/notes.mjs: export "default" is ignored; API routes use named exports, one per method: did you mean `export async function get(req)`? (UPLIFT_MODULE_EXPORT)'],
  ];
  for (const [name, source, warning] of cases) {
    it(`"${name}" gets a warning that names the export to write`, async () => {
      assert.ok((await warningsFor(source)).includes(warning), (await warningsFor(source)).join('\n'));
    });
  }

  it('helpers and constants exported next to handlers get none', async () => {
    const warnings = await warningsFor('export const limit = 10;\nexport function format(note) { return note }\nexport async function get() {}');
    assert.deepEqual(warnings, []);
  });
});

describe('a handler export that is not a function', () => {
  it('stops start-up at the line that declares it', async () => {
    const root = await tmpApp({ 'app/api/notes.mjs': 'const limit = 10;\nexport async function get() {}\nexport const post = null;\n' });
    await assert.rejects(createApp({ root, logger: captureLogger() }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'UPLIFT_MODULE_EXPORT');
      assert.equal(error.message, 'app/api/notes.mjs:3:1: export "post" is null; it must be an async function (request) => response, or an array of them');
      return true;
    });
  });
});

describe('a module that fails to import', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a syntax error', 'export async function get() {\n  return { json: ) };\n}', /^app\/api\/notes\.mjs:2:18: SyntaxError: Unexpected token '\)'\. /],
    ['a missing named import', 'import { nope } from "node:path";\nexport async function get() {}', /^app\/api\/notes\.mjs:1:10: SyntaxError: The requested module 'node:path' does not provide an export named 'nope'/],
    ['a throw while it runs', 'const a = 1;\nnotDefined();\nexport async function get() {}', /^app\/api\/notes\.mjs:2:1: ReferenceError: notDefined is not defined/],
  ];
  for (const [name, source, message] of cases) {
    it(`names file:line:col for ${name}`, async () => {
      const root = await tmpApp({ 'app/api/notes.mjs': source });
      await assert.rejects(createApp({ root, logger: captureLogger() }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'UPLIFT_MODULE_LOAD');
        assert.match(error.message, message);
        return true;
      });
    });
  }
});
