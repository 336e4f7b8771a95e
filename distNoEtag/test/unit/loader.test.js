/** The loader's pure parts: the transform chain, the syntax check and import-error locations. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locateModuleError } from '../../src/loader/module-error.js';
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
describe('locateModuleError', () => {
    it('reads the three shapes Node and the hook give', () => {
        assert.deepEqual(locateModuleError(new SyntaxError('/app/a.mjs:3:7: Unexpected token')), { file: '/app/a.mjs', line: 3, column: 7 });
        const missingExport = Object.assign(new SyntaxError("The requested module './b.mjs' does not provide an export named 'x'"), {
            stack: "file:///app/a.mjs:2\nimport { x } from './b.mjs';\n         ^\nSyntaxError: The requested module './b.mjs' does not provide an export named 'x'",
        });
        assert.deepEqual(locateModuleError(missingExport), { file: '/app/a.mjs', line: 2, column: 10 });
        const thrown = Object.assign(new ReferenceError('y is not defined'), { stack: 'ReferenceError: y is not defined\n    at file:///app/c.mjs?uplift-dev=4:5:3\n    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)' });
        assert.deepEqual(locateModuleError(thrown), { file: '/app/c.mjs', line: 5, column: 3 });
        assert.deepEqual(locateModuleError(new Error("Cannot find module '/app/d.mjs' imported from /app/e.mjs")), { file: '/app/e.mjs' });
        const noFile = Object.assign(new Error("Cannot find package 'nope'"), { stack: "Error: Cannot find package 'nope'\n    at packageResolve (node:internal/modules/esm/resolve:854:9)" });
        assert.equal(locateModuleError(noFile), undefined);
    });
});
//# sourceMappingURL=loader.test.js.map