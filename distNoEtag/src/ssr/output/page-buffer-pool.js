/**
 * Memory for a page's bytes (document-bytes.ts), cut from a shared buffer instead of allocated
 * per response. A page of 2–16 KB is over node's pooled size (4 KB), so `Buffer.allocUnsafe` would
 * give each its own ArrayBuffer; that allocation and its collection measured about 1.3 µs of a
 * 17 µs in-process request for the bench's todo page.
 *
 * As with node's own pool, slices only move forward: a slice handed out is never handed out
 * again, and a full buffer is dropped for a new one, to be collected once the last response
 * holding a slice of it has been sent. A slice is not cleared: the caller writes every byte of it.
 */
const poolSize = 64 * 1024;
const largestSlice = 16 * 1024;
let pool = Buffer.allocUnsafeSlow(poolSize);
let used = 0;
/** `length` bytes for the caller to fill completely. */
export function takePageBytes(length) {
    if (length > largestSlice)
        return Buffer.allocUnsafe(length);
    if (used + length > poolSize) {
        pool = Buffer.allocUnsafeSlow(poolSize);
        used = 0;
    }
    const bytes = pool.subarray(used, used + length);
    used += length;
    return bytes;
}
//# sourceMappingURL=page-buffer-pool.js.map