/**
 * takePageBytes hands out slices of a shared buffer: no two may overlap, so each keeps what was
 * written into it while later pages are written (across buffer boundaries, and for pages too large
 * for one).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { takePageBytes } from '../../src/ssr/output/page-buffer-pool.js';
const textOf = (i, length) => {
    let text = '';
    for (let j = 0; text.length < length; j++)
        text += String.fromCharCode(32 + ((i * 7 + j) % 224));
    return text;
};
test('every slice keeps its own bytes while later ones are written', () => {
    const sizes = [0, 1, 5_000, 16 * 1024, 16 * 1024 + 1, 40_000, 3, 64 * 1024, 12_345];
    const made = [];
    // Enough pages to fill several buffers, the sizes mixed so a page often does not fit what is left.
    for (let i = 0; i < 120; i++) {
        const text = textOf(i, sizes[i % sizes.length]);
        const bytes = takePageBytes(text.length);
        assert.equal(bytes.length, text.length);
        bytes.write(text, 0, 'latin1');
        made.push({ text, bytes });
    }
    for (const { text, bytes } of made) {
        assert.ok(bytes.equals(Buffer.from(text, 'latin1')), `a slice of ${text.length} bytes changed`);
    }
});
//# sourceMappingURL=ssr-page-buffer-pool.test.js.map