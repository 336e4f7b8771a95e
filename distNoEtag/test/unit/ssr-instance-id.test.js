/**
 * Default instance ids (enhance-compat §6.1): 7 characters from `[0-9a-z]`, fresh per expansion, drawn from
 * crypto randomness in batches (src/ssr/render/instance-id.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInstanceId } from '../../src/ssr/render/instance-id.js';
import { enhance } from '../../src/ssr/index.js';
test('ids are 7 letters of [0-9a-z], distinct across several batches', () => {
    const ids = new Set();
    const letters = new Set();
    // One batch holds about 585 ids: 3,000 cross several refills.
    for (let i = 0; i < 3000; i++) {
        const id = createInstanceId();
        assert.match(id, /^[0-9a-z]{7}$/);
        ids.add(id);
        for (const letter of id)
            letters.add(letter);
    }
    assert.equal(ids.size, 3000);
    assert.equal(letters.size, 36, 'every letter of the alphabet shows up');
});
test('every expanded element gets its own default id', () => {
    const html = enhance({ elements: { 'x-id': ({ html, state }) => html `<i>${state.instanceID}</i>` } });
    const out = html `<x-id></x-id><x-id></x-id><x-id></x-id>`;
    const ids = [...out.matchAll(/<i>([0-9a-z]{7})<\/i>/g)].map((match) => match[1]);
    assert.equal(ids.length, 3);
    assert.equal(new Set(ids).size, 3);
});
//# sourceMappingURL=ssr-instance-id.test.js.map