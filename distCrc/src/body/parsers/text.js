import { HttpError } from '../../common/errors.js';
/** `fatal` turns invalid bytes into an exception instead of silent U+FFFD replacements. */
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Decodes a body as UTF-8, dropping a leading byte-order mark. Invalid UTF-8 is a 400 naming the
 * media type, so a client sending Latin-1 learns to re-encode instead of getting mangled text.
 *
 * @example
 * decodeTextBody(Buffer.from('héllo'), 'text/plain'); // 'héllo'
 */
export function decodeTextBody(data, mediaType) {
    try {
        return utf8.decode(data);
    }
    catch (error) {
        throw new HttpError(400, `Request body is not valid UTF-8 (${mediaType}). Encode the body as UTF-8.`, { cause: error });
    }
}
//# sourceMappingURL=text.js.map