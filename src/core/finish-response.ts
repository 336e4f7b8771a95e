import { compressResponse } from '../compress/compress-response.js';
import { withWeakEtag } from '../http/conditional.js';
import type { CoreRequest, CoreResponse } from '../http/exchange.js';
import { noStore } from '../http/response-headers.js';

/**
 * The last step of every response: a weak ETag (and 304) for GET pages and JSON, then
 * compression. Static files pass through untouched: they carry a strong ETag and their
 * compressed copies from start-up.
 */
export function finishResponse(request: CoreRequest, response: CoreResponse): CoreResponse | Promise<CoreResponse> {
  return compressResponse(request, withWeakEtag(request, response, noStore));
}
