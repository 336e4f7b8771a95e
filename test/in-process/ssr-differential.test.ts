/**
 * Differential test: every fixture in test/fixtures/ssr/ is rendered by
 * `@enhance/ssr` 4.0.3 with `@enhance/enhance-style-transform` and by Uplift's `enhance`, and the
 * outputs are compared as parse5 DOM trees (instance ids come from the same counter). Documented
 * differences have their own tests in test/unit/ssr-differences.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { SsrFixture } from '../helpers/ssr-compare.js';
import { compareFixture } from '../helpers/ssr-compare.js';
import { taggedCopy } from '../helpers/tagged-copy.js';

const dir = fileURLToPath(new URL('../fixtures/ssr/', import.meta.url));
const files = (await readdir(dir)).filter((f) => f.endsWith('.js')).sort();
// Uplift renders the fixtures as its app loader serves element code: markup literals tagged.
const testRoot = fileURLToPath(new URL('../', import.meta.url));
const tagged = await taggedCopy(testRoot, [...files.map((f) => join(dir, f)), join(testRoot, 'helpers', 'ssr-todo-page.js')]);
let exact = 0;
let equal = 0;

test(`there are at least 60 fixtures (found ${files.length})`, () => {
  assert.ok(files.length >= 60, `only ${files.length} fixtures`);
});

for (const file of files) {
  const fixture = ((await import(join(dir, file))) as { default: SsrFixture }).default;
  const taggedFixture = ((await import(join(tagged, 'fixtures', 'ssr', file))) as { default: SsrFixture }).default;
  test(`${file}: ${fixture.name}`, () => {
    const result = compareFixture(fixture, taggedFixture);
    if (result.exact) exact++;
    if (result.equal) equal++;
    assert.ok(result.uplift.includes('enhanced="✨"') || !result.enhance.includes('enhanced="✨"'), 'expanded elements are marked');
    assert.equal(result.equal, true, `DOM differs\n--- enhance\n${result.enhance}\n--- uplift\n${result.uplift}`);
  });
}

test('summary', () => {
  process.stdout.write(`# ssr differential: ${files.length} fixtures, ${exact} exact DOM matches, ${equal} equal after CSS whitespace\n`);
  assert.equal(equal, files.length);
});
