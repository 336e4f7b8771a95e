import type { UploadedFile } from '../../types.js';
/** A multipart form value: a text field or an uploaded file. */
export type MultipartValue = string | UploadedFile;
/** A multipart form: one value per name, or an array when the name was repeated. */
export type MultipartFields = Record<string, MultipartValue | MultipartValue[]>;
/** Counts a multipart body may not exceed; each breach is a 413. */
export interface MultipartLimits {
    /** The whole body's byte limit, also used as the per-field and per-name size cap. */
    limit: number;
    maxFiles: number;
    maxFields: number;
    maxParts: number;
}
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
export declare function parseMultipartBody(data: Buffer, contentType: string, limits: MultipartLimits): Promise<MultipartFields>;
