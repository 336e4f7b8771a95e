import { chooseCompression, compressBody } from '../compress/compress-response.js';
import { withWeakEtag } from '../http/conditional.js';
import { noStore } from '../http/response-headers.js';
/**
 * The last step of every response: a weak ETag (and 304) for GET pages and JSON, then
 * compression. Static files pass through untouched: they carry a strong ETag and their
 * compressed copies from start-up.
 */
export function finishResponse(request, response) {
    // Compression is chosen first: its `vary` belongs on a 304 as on the 200 (RFC 9110 §15.4.5).
    const coding = chooseCompression(request, response);
    const tagged = withWeakEtag(request, response, noStore);
    return coding === null || tagged.status === 304 ? tagged : compressBody(tagged, coding);
}
//# sourceMappingURL=finish-response.js.map