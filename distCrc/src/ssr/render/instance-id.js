/**
 * Instance ids like Enhance's (enhance-compat §6.1): 7 characters from `[0-9a-z]`, from crypto randomness
 * drawn in batches (the pool holds random bytes only, never request data).
 */
import { randomFillSync } from 'node:crypto';
const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
/**
 * Random byte → letter code, 0 for bytes of 252 and above: 252 is the largest multiple of 36
 * below 256, so rejecting the rest keeps the letters uniform.
 */
const letterOf = Uint8Array.from({ length: 256 }, (_, byte) => (byte < 252 ? alphabet.charCodeAt(byte % 36) : 0));
const idLength = 7;
// 64 KB per draw: each randomFillSync call costs microseconds whatever its size (measured 6 µs for
// 4 KB, 17 µs for 64 KB), and 4 KB lasted only ~28 pages of 20 elements.
const pool = Buffer.alloc(64 * 1024);
/** Random letters, turned from a whole pool at once; ids are slices of it. */
let letters = '';
let offset = 0;
function refill() {
    randomFillSync(pool);
    let count = 0;
    for (let i = 0; i < pool.length; i++) {
        const code = letterOf[pool[i]];
        if (code !== 0)
            pool[count++] = code;
    }
    letters = pool.toString('latin1', 0, count);
    offset = 0;
}
/** A fresh 7-character instance id. */
export function createInstanceId() {
    // A slice of a string made per draw of randomness: building ids a character at a time cost
    // about as much as the rest of a small element's expansion.
    if (offset + idLength > letters.length)
        refill();
    const id = letters.slice(offset, offset + idLength);
    offset += idLength;
    return id;
}
//# sourceMappingURL=instance-id.js.map