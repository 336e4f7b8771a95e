/**
 * Differential test against the real runtime: every corpus app (test/realworld/corpus.ts) runs on
 * Uplift over real HTTP, and each answer, normalised, is compared with what
 * `@enhance/arc-plugin-enhance` answered for the same request (test/realworld/recordings/).
 *
 * A case that differs must be listed, with its reason, either as a known difference (work still to
 * do) or as a deliberate one (Uplift better by design, with its docs/differences.md row). The test
 * fails when an unlisted case differs and when a listed case matches, so the lists only shrink and
 * cannot hide a regression.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { startApp } from '../helpers/app.js';
import { corpusApps } from './corpus.js';
import { runCase } from './exchange.js';
import { readRecording } from './recordings.js';
import { deliberateDifferences, knownDifferences } from './differences.js';
let matched = 0;
let total = 0;
const listed = new Set([...Object.keys(knownDifferences), ...Object.keys(deliberateDifferences)]);
for (const app of corpusApps) {
    const recording = await readRecording(app.name);
    // An app Uplift refuses to start differs in every case; the message says why. The recordings
    // come from Enhance run locally, where it does not fingerprint public files, so neither do we;
    // Enhance sends Server-Timing on every page, so it is on here too.
    const started = await startApp(app.root, { static: { fingerprint: false }, serverTiming: true }).catch((error) => (error instanceof Error ? error : new Error(String(error))));
    for (const corpusCase of app.cases) {
        const key = `${app.name}: ${corpusCase.name}`;
        test(key, async () => {
            const expected = recording.cases[corpusCase.name];
            assert.ok(expected, `no recording for "${key}"; run node dist/scripts/record-corpus.js ${app.name}`);
            const actual = started instanceof Error
                ? { status: 0, headers: {}, body: `Uplift did not start: ${started.message}` }
                : await runCase(started.port, corpusCase);
            const same = isDeepStrictEqual(actual, expected);
            total++;
            if (same)
                matched++;
            listed.delete(key);
            const reason = knownDifferences[key] ?? deliberateDifferences[key];
            if (reason === undefined)
                assert.deepEqual(actual, expected, `Uplift differs from Enhance for ${key}`);
            else
                assert.equal(same, false, `${key} now matches Enhance: remove it from test/realworld/differences.ts (${reason})`);
        });
    }
}
test('case names are unique within each app (they key the recordings)', () => {
    for (const app of corpusApps)
        assert.equal(new Set(app.cases.map((corpusCase) => corpusCase.name)).size, app.cases.length, app.name);
});
test('every listed difference names a corpus case', () => {
    assert.deepEqual([...listed], []);
});
test('summary', () => {
    const known = Object.keys(knownDifferences).length;
    const deliberate = Object.keys(deliberateDifferences).length;
    process.stdout.write(`# realworld corpus: ${corpusApps.length} apps, ${total} cases, ${matched} match Enhance, ${known} known differences, ${deliberate} deliberate\n`);
    assert.equal(total - matched, known + deliberate);
});
//# sourceMappingURL=corpus.test.js.map