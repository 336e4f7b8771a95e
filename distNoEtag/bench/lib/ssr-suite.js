/**
 * Suite `ssr` (in-process renders/s): a thin wrapper around `runSsrBench` from
 * `bench/ssr.ts`, which the SSR work owns. Skipped with a note while that file does not exist.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const moduleUrl = new URL('../ssr.js', import.meta.url);
const maxEchoLength = 300;
/** The SSR suite. */
export const ssrSuite = {
    name: 'ssr',
    description: 'Uplift renderer vs @enhance/ssr, renders/s in process (from bench/ssr.ts)',
    async run(options) {
        if (!existsSync(fileURLToPath(moduleUrl))) {
            options.note('skipped: bench/ssr.ts is not built yet (dist/bench/ssr.js is missing).');
            return [];
        }
        const bench = (await import(moduleUrl.href));
        if (typeof bench.runSsrBench !== 'function') {
            throw new Error('bench/ssr.ts: export `async function runSsrBench({ seconds })` so `npm run bench` can run it.');
        }
        options.log(`ssr: runSsrBench({ seconds: ${options.seconds} })`);
        return toRows(await bench.runSsrBench({ seconds: options.seconds }), options.note);
    },
};
/**
 * Accept `Row[]`-like values (or `{ rows, notes }`) from runSsrBench. Items that are not rows are
 * kept as notes rather than dropped, so nothing the SSR bench measured disappears from RESULTS.md.
 */
export function toRows(value, note) {
    const record = isRecord(value) ? value : {};
    const items = Array.isArray(value) ? value : Array.isArray(record['rows']) ? record['rows'] : null;
    if (Array.isArray(record['notes']))
        for (const line of record['notes'])
            note(String(line));
    if (items === null) {
        note(`bench/ssr.ts: runSsrBench should resolve to Row[] (bench/lib/suite.ts); got ${echo(value)}`);
        return [];
    }
    const rows = [];
    for (const item of items) {
        const row = toRow(item);
        if (row === null)
            note(`bench/ssr.ts: not a row ({ target: string, rate: number, … }): ${echo(item)}`);
        else
            rows.push(row);
    }
    return rows;
}
function toRow(item) {
    if (!isRecord(item) || typeof item['target'] !== 'string' || typeof item['rate'] !== 'number')
        return null;
    return {
        suite: 'ssr',
        target: item['target'],
        unit: typeof item['unit'] === 'string' ? item['unit'] : 'renders/s',
        rate: item['rate'],
        p99Ms: typeof item['p99Ms'] === 'number' ? item['p99Ms'] : null,
        ratio: typeof item['ratio'] === 'number' ? item['ratio'] : null,
        baseline: typeof item['baseline'] === 'string' ? item['baseline'] : null,
        note: typeof item['note'] === 'string' ? item['note'] : '',
    };
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function echo(value) {
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        text = String(value);
    }
    return text.length > maxEchoLength ? `${text.slice(0, maxEchoLength)}…` : text;
}
//# sourceMappingURL=ssr-suite.js.map