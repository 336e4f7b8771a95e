/**
 * latin1Bytes hands out slices of a shared slab: each must hold exactly its text, and stay so
 * while later pages are written (across slab boundaries, and for pages too large for a slab).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latin1Bytes } from '../../src/ssr/latin1-bytes.js';

const textOf = (i: number, length: number): string => {
  let text = '';
  for (let j = 0; text.length < length; j++) text += String.fromCharCode(32 + ((i * 7 + j) % 224));
  return text;
};

test('every slice keeps its own bytes while later ones are written', () => {
  const sizes = [0, 1, 5_000, 16 * 1024, 16 * 1024 + 1, 40_000, 3, 64 * 1024, 12_345];
  const made: { text: string; bytes: Buffer }[] = [];
  // Enough pages to fill several slabs, the sizes mixed so a page often does not fit what is left.
  for (let i = 0; i < 120; i++) {
    const text = textOf(i, sizes[i % sizes.length] as number);
    made.push({ text, bytes: latin1Bytes(text) });
  }
  for (const { text, bytes } of made) {
    assert.equal(bytes.length, text.length);
    assert.ok(bytes.equals(Buffer.from(text, 'latin1')), `a slice of ${text.length} bytes changed`);
  }
});
