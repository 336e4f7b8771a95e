import busboy from 'busboy';
import { HttpError } from '../../common/errors.js';
import { appendField } from '../../http/safe-keys.js';
/**
 * Parses a complete `multipart/form-data` body with busboy. Fields are strings, files are
 * `UploadedFile`s; a repeated name becomes an array in submission order; parts without a name and
 * unsafe names are dropped. A missing boundary, a malformed part or a truncated body is a 400;
 * more files, fields or parts than allowed is a 413.
 *
 * The whole body is already in memory (read under the byte limit), so busboy never waits on a
 * socket; the promise settles exactly once, on busboy's `error` or `close`.
 *
 * @example
 * const form = await parseMultipartBody(bytes, 'multipart/form-data; boundary=x', limits);
 */
export function parseMultipartBody(data, contentType, limits) {
    let parser;
    try {
        parser = busboy({
            headers: { 'content-type': contentType },
            // Browsers send UTF-8 file names; busboy's latin1 default would mangle them.
            defParamCharset: 'utf8',
            limits: {
                fieldSize: limits.limit,
                fieldNameSize: limits.limit,
                files: limits.maxFiles,
                fields: limits.maxFields,
                // busboy signals `partsLimit` on reaching the count; one more makes it mean "over".
                parts: limits.maxParts + 1,
            },
        });
    }
    catch (error) {
        return Promise.reject(malformed(error));
    }
    return collectParts(parser, data, limits);
}
function collectParts(parser, data, limits) {
    return new Promise((resolve, reject) => {
        // Files finish asynchronously, so entries keep submission order until the form is built.
        const entries = [];
        let failed = false;
        const fail = (error) => {
            if (failed)
                return;
            failed = true;
            reject(error);
        };
        parser.on('field', (name, value) => {
            if (name !== undefined)
                entries.push({ name, value });
        });
        parser.on('file', (name, stream, info) => {
            const entry = { name: name ?? '', value: undefined };
            if (name !== undefined)
                entries.push(entry);
            const chunks = [];
            let size = 0;
            stream.on('data', (chunk) => {
                chunks.push(chunk);
                size += chunk.length;
            });
            // busboy reports the same failure on the parser, where it becomes the 400.
            stream.on('error', () => { });
            stream.on('end', () => {
                const data = Buffer.concat(chunks, size);
                entry.value = { filename: info.filename ?? '', type: info.mimeType, size, data };
            });
        });
        parser.on('filesLimit', () => fail(overLimit('files', limits.maxFiles, 'maxFiles')));
        parser.on('fieldsLimit', () => fail(overLimit('fields', limits.maxFields, 'maxFields')));
        parser.on('partsLimit', () => fail(overLimit('parts', limits.maxParts, 'maxParts')));
        parser.on('error', (error) => fail(malformed(error)));
        parser.on('close', () => {
            if (failed)
                return;
            const form = {};
            for (const { name, value } of entries) {
                if (value !== undefined)
                    appendField(form, name, value);
            }
            resolve(form);
        });
        parser.end(data);
    });
}
function malformed(error) {
    const reason = error instanceof Error ? error.message : String(error);
    return new HttpError(400, `Malformed multipart/form-data body: ${reason}. Send a complete body whose parts are ` +
        'separated by the boundary given in the content-type header.', { cause: error });
}
function overLimit(what, max, option) {
    return new HttpError(413, `Multipart body has more than ${max} ${what}. ` +
        `Send fewer, or raise the \`${option}\` body option.`);
}
//# sourceMappingURL=multipart.js.map