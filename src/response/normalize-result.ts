import { UpliftError } from '../common/errors.js';

/** A response body chosen by one of the body keys. */
export type ResultBody =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'raw'; readonly type: string; readonly data: string | Uint8Array };

/** A handler's result with aliases resolved and every value checked: the one shape the pipeline uses. */
export interface HandlerResult {
  /** The status the handler asked for, if any (`status` > `code` > `statusCode`). */
  readonly status: number | undefined;
  readonly location: string | undefined;
  /** Lower-case names; values free of CR/LF. */
  readonly headers: Record<string, string | string[]>;
  readonly cacheControl: string | undefined;
  readonly session: Record<string, unknown> | undefined;
  readonly body: ResultBody | undefined;
  /** `cors: true`: allow any origin (Enhance's opt-in). */
  readonly cors: boolean;
}

/** Where a result came from, so a bad one can be reported precisely. */
export interface ResultSource {
  readonly file: string;
  readonly exportName: string;
  /** Told about headers the result set that Uplift drops (development only). */
  readonly warn?: (message: string) => void;
}

const rawBodyTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};
/**
 * What a response key is. A `switch` rather than Sets: this runs for every key of every result,
 * and hashing showed up in profiles of the JSON bench.
 */
function keyKind(key: string): 'body' | 'other' | undefined {
  switch (key) {
    case 'json':
    case 'html':
    case 'text':
    case 'css':
    case 'js':
    case 'xml':
    case 'body':
      return 'body';
    case 'type':
    case 'location':
    case 'status':
    case 'code':
    case 'statusCode':
    case 'cacheControl':
    case 'headers':
    case 'session':
    case 'cors':
      return 'other';
    default:
      return undefined;
  }
}
const expectedShape =
  '{ json?, html?, text?, css?, js?, xml?, body?, type?, location?, status? (or code, statusCode), cacheControl?, headers?, session?, cors? } with at most one body key';

/** Returned when a handler returns nothing: an empty JSON object, as in Enhance (enhance-compat §4.1). */
export const emptyResult: HandlerResult = Object.freeze({
  status: undefined,
  location: undefined,
  headers: Object.freeze({}),
  cacheControl: undefined,
  session: undefined,
  body: undefined,
  cors: false,
});

/**
 * Checks a handler's return value and resolves Enhance's aliases in this one place, so
 * nothing downstream guesses at `status || code || statusCode` or header case. A shape that makes
 * no sense is an UpliftError naming the file, the export and the expected shape.
 */
export function normalizeResult(value: unknown, source: ResultSource): HandlerResult {
  if (value === undefined || value === null) return emptyResult;
  if (typeof value !== 'object' || Array.isArray(value)) {
    failWith(source, `returned ${describe(value)}; to send data, return { json: ${Array.isArray(value) ? '[…]' : 'value'} }`);
  }
  const result = value as Record<string, unknown>;
  let bodyKey: string | undefined;
  for (const key in result) {
    const kind = keyKind(key);
    if (kind === undefined) {
      const unknown = Object.keys(result).filter((name) => keyKind(name) === undefined);
      failWith(source, `returned unknown key(s) ${unknown.map((k) => `"${k}"`).join(', ')}; wrap data in { json: … }`);
    }
    if (kind === 'body' && result[key] !== undefined) {
      if (bodyKey !== undefined) failWith(source, `returned several body keys (${bodyKey}, ${key}); return only one`);
      bodyKey = key;
    }
  }

  return {
    status: readStatus(result, source),
    location: readLocation(result.location, source),
    headers: readHeaders(result.headers, source),
    cacheControl: readHeaderString(result.cacheControl, 'cacheControl', source),
    session: readSession(result.session, source),
    body: readBody(result, bodyKey, source),
    cors: result.cors === true,
  };
}

/**
 * The error for a result's `problem`, naming its file and export. The helpers below take the source
 * and call this, rather than a closure over it: nothing is made per request for a good result.
 */
function failWith(source: ResultSource, problem: string): never {
  throw new UpliftError(
    'UPLIFT_HANDLER_RESULT',
    `${source.file}: export "${source.exportName}" ${problem}. Expected ${expectedShape}.`,
  );
}

function readStatus(result: Record<string, unknown>, source: ResultSource): number | undefined {
  const status = result.status ?? result.code ?? result.statusCode;
  if (status === undefined) return undefined;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) {
    failWith(source, `returned status ${describe(status)}; use an integer from 200 to 599`);
  }
  return status as number;
}

function readLocation(location: unknown, source: ResultSource): string | undefined {
  if (location === undefined) return undefined;
  if (typeof location !== 'string' || location === '') failWith(source, `returned location ${describe(location)}; use a URL string`);
  return checkHeaderValue(location as string, 'location', source);
}

function readHeaderString(value: unknown, key: string, source: ResultSource): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') failWith(source, `returned ${key} ${describe(value)}; use a string`);
  return checkHeaderValue(value as string, key, source);
}

const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Headers that frame the message or manage the connection (RFC 9112 §6, RFC 9110 §7.6.1). A
 * handler that copies them from an upstream response, or computes a length from `text.length`,
 * would make the client read a different message than the one sent (and a pipelined response
 * after it). The length is computed from the body's bytes instead.
 */
const framingHeaders: ReadonlySet<string> = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade']);

/** A result without headers: shared, as `emptyResult`'s are, since nothing writes to a result's headers. */
const noHeaders: Record<string, string | string[]> = Object.freeze({}) as Record<string, string | string[]>;

function readHeaders(headers: unknown, source: ResultSource): Record<string, string | string[]> {
  if (headers === undefined) return noHeaders;
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    failWith(source, `returned headers ${describe(headers)}; use an object of name → string`);
  }
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (!tokenPattern.test(name)) failWith(source, `returned an invalid header name ${JSON.stringify(name)}`);
    const lower = name.toLowerCase();
    if (framingHeaders.has(lower)) {
      source.warn?.(
        `${source.file}: export "${source.exportName}" set the "${lower}" header, which Uplift drops: the framework ` +
          'frames every response from the bytes it sends. Remove the header from the result.',
      );
    } else if (Array.isArray(value)) {
      out[lower] = value.map((item) => checkHeaderValue(headerText(item, name, source), name, source));
    } else if (value !== undefined) {
      out[lower] = checkHeaderValue(headerText(value, name, source), name, source);
    }
  }
  return out;
}

function headerText(value: unknown, name: string, source: ResultSource): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return failWith(source, `returned header "${name}" as ${describe(value)}; use a string`);
}

/**
 * CR, LF and NUL in a header value would split the response (header injection). Values a handler
 * echoes from the request are the usual source, so refuse them rather than strip them silently.
 * Other characters outside what HTTP allows (RFC 9110 §5.5) would make node:http throw later.
 */
function checkHeaderValue(value: string, name: string, source: ResultSource): string {
  // eslint-disable-next-line no-control-regex
  if (/[\r\n\0]/.test(value)) failWith(source, `returned ${name} containing a line break or NUL (header injection refused)`);
  // eslint-disable-next-line no-control-regex
  if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) failWith(source, `returned ${name} containing a character HTTP headers cannot carry; percent-encode it`);
  return value;
}

function readSession(session: unknown, source: ResultSource): Record<string, unknown> | undefined {
  if (session === undefined) return undefined;
  if (typeof session !== 'object' || session === null || Array.isArray(session)) {
    failWith(source, `returned session ${describe(session)}; use an object (return {} to clear it)`);
  }
  return session as Record<string, unknown>;
}

function readBody(result: Record<string, unknown>, key: string | undefined, source: ResultSource): ResultBody | undefined {
  if (key === undefined) return undefined;
  const value = result[key];
  if (key === 'json') return { kind: 'json', value };
  if (key === 'body') {
    if (typeof value !== 'string' && !(value instanceof Uint8Array)) failWith(source, `returned body as ${describe(value)}; use a string or Buffer`);
    const headerType = (result.headers as Record<string, unknown> | undefined)?.['content-type'];
    const type = result.type ?? headerType ?? 'application/octet-stream';
    if (typeof type !== 'string') failWith(source, `returned type ${describe(type)}; use a MIME type string`);
    return { kind: 'raw', type: checkHeaderValue(type as string, 'type', source), data: value as string | Uint8Array };
  }
  if (typeof value !== 'string') failWith(source, `returned ${key} as ${describe(value)}; use a string`);
  return { kind: 'raw', type: rawBodyTypes[key] as string, data: value as string };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
