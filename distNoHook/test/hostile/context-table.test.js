/**
 * Go html/template's context list as a table (context-cases.ts): every row renders its template
 * through `enhance()` with the attack in every hole and checks the escaped piece of output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enhance } from '../../src/ssr/index.js';
import { contextCases } from './context-cases.js';
/** A one-off call site: `{}` marks each hole. */
function templateOf(source) {
    const parts = source.split('{}');
    return Object.assign([...parts], { raw: [...parts] });
}
const counts = new Map();
for (const row of contextCases) {
    test(`${row.context}: ${row.template} ← ${JSON.stringify(row.value)}`, () => {
        const strings = templateOf(row.template);
        const out = enhance()(strings, ...strings.slice(1).map(() => row.value));
        assert.ok(out.includes(row.expect), `expected ${row.expect}\n     in ${out}`);
        const group = row.context.split(',')[0];
        counts.set(group, (counts.get(group) ?? 0) + 1);
    });
}
test(`the table covers at least 60 cases (${contextCases.length})`, () => {
    assert.ok(contextCases.length >= 60);
    process.stdout.write(`# escaping cases by context: ${[...counts].map(([context, n]) => `${context} ${n}`).join(', ')}\n`);
});
//# sourceMappingURL=context-table.test.js.map