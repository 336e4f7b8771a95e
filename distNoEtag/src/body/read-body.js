import { HttpError } from '../common/errors.js';
/**
 * Collects a request body into one Buffer, refusing with 413 as soon as more than `limit` bytes
 * have arrived, and before reading anything when `declaredLength` (the content-length) is already
 * over it. So a 100 MB upload costs at most about one chunk past the limit, never 100 MB.
 *
 * On 413 the loop stops pulling and returns the iterator (for-await semantics), which releases the
 * stream. A stream that fails (an aborted upload), or that ends at a different length than it
 * declared, becomes a 400 with the original error as `cause`.
 *
 * @example
 * const bytes = await readBody(request.body, 1_048_576, 42);
 */
export async function readBody(body, limit, declaredLength) {
    if (declaredLength !== undefined && declaredLength > limit) {
        throw tooLarge(limit, `its content-length declares ${declaredLength} bytes`);
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of body) {
            size += chunk.byteLength;
            if (size > limit)
                throw tooLarge(limit, `more than ${limit} bytes arrived`);
            chunks.push(chunk);
        }
    }
    catch (error) {
        if (error instanceof HttpError)
            throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new HttpError(400, `Request body could not be read: ${reason}`, { cause: error });
    }
    if (declaredLength !== undefined && size !== declaredLength) {
        throw new HttpError(400, `Request body is ${size} bytes but its content-length declares ${declaredLength}; ` +
            'the upload was cut short or the header is wrong.');
    }
    return toBuffer(chunks, size);
}
function tooLarge(limit, detail) {
    return new HttpError(413, `Request body is over the ${limit}-byte limit (${detail}). ` +
        'Send a smaller body, or raise the app\'s `bodyLimit` option (uplift.config.mjs, or `uplift start --body-limit`) if such bodies are expected.');
}
/** One chunk (the common small request) is wrapped without copying. */
function toBuffer(chunks, size) {
    const only = chunks.length === 1 ? chunks[0] : undefined;
    if (only !== undefined)
        return Buffer.from(only.buffer, only.byteOffset, only.byteLength);
    return Buffer.concat(chunks, size);
}
//# sourceMappingURL=read-body.js.map