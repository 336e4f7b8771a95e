/** The loader's pure parts: the transform chain, the syntax check and import-error locations. */
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { locateImportError } from '../../src/loader/import-error.js';
import { checkModuleSyntax } from '../../src/loader/syntax-check.js';
import { transformSource } from '../../src/loader/transform.js';

describe('transformSource', () => {
  it('compiles TypeScript to JavaScript with an inline source map, keeping the code', async () => {
    const output = await transformSource('export const n: number = 1;\n', { filename: '/app/x.ts', kind: 'app' });
    assert.ok(output);
    assert.match(output.code, /^const n = 1;\nexport \{\n  n\n\};\n/);
    const map = /sourceMappingURL=data:application\/json;base64,(\S+)/.exec(output.code)?.[1] ?? '';
    assert.deepEqual(JSON.parse(Buffer.from(map, 'base64').toString('utf8')).sources, ['/app/x.ts']);
  });

  it('leaves JavaScript alone (undefined: no change)', async () => {
    assert.equal(await transformSource('export default 1;', { filename: '/app/x.mjs', kind: 'app' }), undefined);
  });

  it('reports a TypeScript syntax error at file:line:column, columns from 1', async () => {
    await assert.rejects(transformSource('let a = 1;\n  a = ;', { filename: '/app/x.mts', kind: 'app' }), /^SyntaxError: \/app\/x\.mts:2:7: Unexpected ";"/);
  });
});

describe('checkModuleSyntax', () => {
  it('accepts a module and names the line and column of a mistake', () => {
    checkModuleSyntax('#!/usr/bin/env node\nexport const a = await Promise.resolve(1);', '/app/ok.mjs');
    assert.throws(() => checkModuleSyntax('export const a = {\n  b: 1,,\n};', '/app/bad.mjs'), /^SyntaxError: \/app\/bad\.mjs:2:8: Unexpected token ','$/);
  });
});

describe('locateImportError', () => {
  it('reads the shapes Node and the hook give', async () => {
    const locate = (error: Error): Promise<unknown> => locateImportError(error, '/app/entry.mjs');
    assert.deepEqual(await locate(new SyntaxError('/app/a.mjs:3:7: Unexpected token')), { file: '/app/a.mjs', line: 3, column: 7 });
    const missingExport = Object.assign(new SyntaxError("The requested module './b.mjs' does not provide an export named 'x'"), {
      stack: "file:///app/a.mjs:2\nimport { x } from './b.mjs';\n         ^\nSyntaxError: The requested module './b.mjs' does not provide an export named 'x'",
    });
    assert.deepEqual(await locate(missingExport), { file: '/app/a.mjs', line: 2, column: 10 });
    const thrown = Object.assign(new ReferenceError('y is not defined'), { stack: 'ReferenceError: y is not defined\n    at file:///app/c.mjs?uplift-dev=4:5:3\n    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)' });
    assert.deepEqual(await locate(thrown), { file: '/app/c.mjs', line: 5, column: 3 });
    assert.deepEqual(await locate(new Error("Cannot find module '/app/d.mjs' imported from /app/e.mjs")), { file: '/app/e.mjs' });
    const noFile = Object.assign(new Error("Cannot find package 'nope'"), { stack: "Error: Cannot find package 'nope'\n    at packageResolve (node:internal/modules/esm/resolve:854:9)" });
    assert.deepEqual(await locate(noFile), { file: '/app/entry.mjs' });
  });

  it("points at the app's own frame when a package it calls throws", async () => {
    const stack = 'Error: bad option\n    at check (file:///app/node_modules/lib/index.js:9:11)\n    at file:///app/app/api/x.mjs:4:1\n    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)';
    assert.deepEqual(await locateImportError(Object.assign(new Error('bad option'), { stack }), '/app/app/api/x.mjs'), { file: '/app/app/api/x.mjs', line: 4, column: 1 });
  });

  it('parses the entry again for a syntax error that names no place', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'uplift-import-error-')), 'config.mjs');
    await writeFile(file, 'export default {\n  a: 1,,\n};\n');
    assert.deepEqual(await locateImportError(new SyntaxError("Unexpected token ','"), file), { file, line: 2, column: 8 });
  });
});
