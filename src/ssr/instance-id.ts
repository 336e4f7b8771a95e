/**
 * Instance ids like Enhance's (spec §6.1): 7 characters from `[0-9a-z]`, from crypto randomness
 * drawn in batches (the pool holds random bytes only, never request data).
 */
import { randomFillSync } from 'node:crypto';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
const pool = new Uint8Array(4096);
let offset = pool.length;

/** A fresh 7-character instance id. */
export function createInstanceId(): string {
  if (offset + 7 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  let id = '';
  // 252 is the largest multiple of 36 below 256; rejecting above it keeps the letters uniform.
  while (id.length < 7) {
    if (offset >= pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    const byte = pool[offset++] as number;
    if (byte < 252) id += alphabet[byte % 36];
  }
  return id;
}
