import { randomBytes } from 'node:crypto';
// A random prefix per process keeps ids apart across restarts and instances; the counter keeps
// them apart within one, at the cost of an increment instead of random bytes per request.
const prefix = randomBytes(4).toString('base64url').replace(/[-_]/g, 'x');
let counter = 0;
/** A short id for one request, unique within this process: `k3Jx9a-1f`. */
export function nextRequestId() {
    counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
    return `${prefix}-${counter.toString(36)}`;
}
//# sourceMappingURL=request-id.js.map