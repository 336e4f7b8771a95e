import { createRequire } from 'node:module';
import type { Busboy, BusboyConfig } from 'busboy';
import { HttpError } from '../../common/errors.js';
import type { UploadedFile } from '../../types.js';
import { appendField } from '../../http/safe-keys.js';

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

type CreateBusboy = (config: BusboyConfig) => Busboy;
let createBusboy: CreateBusboy | undefined;

/** busboy is required on the first multipart body: most processes never see one. */
function loadBusboy(): CreateBusboy {
  return (createBusboy ??= createRequire(import.meta.url)('busboy') as CreateBusboy);
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
export function parseMultipartBody(
  data: Buffer,
  contentType: string,
  limits: MultipartLimits,
): Promise<MultipartFields> {
  let parser: Busboy;
  try {
    parser = loadBusboy()({
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
  } catch (error) {
    return Promise.reject(malformed(error));
  }
  return collectParts(parser, data, limits);
}

function collectParts(
  parser: Busboy,
  data: Buffer,
  limits: MultipartLimits,
): Promise<MultipartFields> {
  return new Promise((resolve, reject) => {
    // Files finish asynchronously, so entries keep submission order until the form is built.
    const entries: Array<{ name: string; value: MultipartValue | undefined }> = [];
    let failed = false;
    const fail = (error: HttpError): void => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    parser.on('field', (name: string | undefined, value: string) => {
      if (name !== undefined) entries.push({ name, value });
    });
    parser.on('file', (name: string | undefined, stream, info) => {
      const entry = { name: name ?? '', value: undefined as MultipartValue | undefined };
      if (name !== undefined) entries.push(entry);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
      });
      // busboy reports the same failure on the parser, where it becomes the 400.
      stream.on('error', () => {});
      stream.on('end', () => {
        const data = Buffer.concat(chunks, size);
        entry.value = { filename: info.filename ?? '', type: info.mimeType, size, data };
      });
    });
    parser.on('filesLimit', () => fail(overLimit('files', limits.maxFiles, 'maxFiles')));
    parser.on('fieldsLimit', () => fail(overLimit('fields', limits.maxFields, 'maxFields')));
    parser.on('partsLimit', () => fail(overLimit('parts', limits.maxParts, 'maxParts')));
    parser.on('error', (error: unknown) => fail(malformed(error)));
    parser.on('close', () => {
      if (failed) return;
      const form: MultipartFields = {};
      for (const { name, value } of entries) {
        if (value !== undefined) appendField(form, name, value);
      }
      resolve(form);
    });
    parser.end(data);
  });
}

function malformed(error: unknown): HttpError {
  const reason = error instanceof Error ? error.message : String(error);
  return new HttpError(
    400,
    `Malformed multipart/form-data body: ${reason}. Send a complete body whose parts are ` +
      'separated by the boundary given in the content-type header.',
    { cause: error },
  );
}

function overLimit(what: string, max: number, option: string): HttpError {
  return new HttpError(
    413,
    `Multipart body has more than ${max} ${what}. ` +
      `Send fewer, or raise the \`${option}\` body option.`,
  );
}
