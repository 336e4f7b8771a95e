/**
 * Decodes a body as UTF-8, dropping a leading byte-order mark. Invalid UTF-8 is a 400 naming the
 * media type, so a client sending Latin-1 learns to re-encode instead of getting mangled text.
 *
 * @example
 * decodeTextBody(Buffer.from('héllo'), 'text/plain'); // 'héllo'
 */
export declare function decodeTextBody(data: Uint8Array, mediaType: string): string;
