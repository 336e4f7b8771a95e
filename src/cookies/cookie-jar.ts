import { parseCookies } from './parse-cookies.js';
import { serializeCookie, type CookieOptions } from './serialize-cookie.js';

/** Cookies of one request, plus the `Set-Cookie` headers queued for its response. */
export interface CookieJar {
  /** The request's cookie of that name (last one wins when repeated), or undefined. */
  get(name: string): string | undefined;
  /** All request cookies as a null-prototype record. */
  all(): Readonly<Record<string, string>>;
  /**
   * Queues a cookie for the response. Defaults: `Path=/`, `HttpOnly`, `SameSite=Lax`; pass
   * `httpOnly: false` for a cookie that browser scripts must read. Throws
   * `UpliftError('UPLIFT_HEADER_VALUE')` at once for an invalid name, value or option.
   */
  set(name: string, value: string, options?: CookieOptions): void;
  /** Queues a deletion. Give the same `path` and `domain` the cookie was set with. */
  delete(name: string, options?: Pick<CookieOptions, 'path' | 'domain'>): void;
  /** The queued `Set-Cookie` values, one per name/path/domain, latest call winning. */
  setCookieHeaders(): string[];
}

const defaults: CookieOptions = { path: '/', httpOnly: true, sameSite: 'Lax' };

/**
 * Binds the pure cookie functions to one request. The header is parsed on first read only.
 *
 * @example
 * const cookies = createCookieJar(headerValue(request.headers, 'cookie'));
 * if (!cookies.get('seen')) cookies.set('seen', '1', { maxAge: 86400 });
 * response.headers['set-cookie'] = cookies.setCookieHeaders();
 */
export function createCookieJar(cookieHeader: string | undefined): CookieJar {
  let parsed: Record<string, string> | undefined;
  const queued = new Map<string, string>();
  const all = (): Record<string, string> => (parsed ??= parseCookies(cookieHeader));
  const queue = (name: string, value: string, options: CookieOptions): void => {
    const header = serializeCookie(name, value, options);
    // Browsers key cookies by name, domain and path, so only that triple replaces an earlier call.
    queued.set(JSON.stringify([name, options.domain ?? '', options.path ?? '']), header);
  };
  return {
    get: (name) => all()[name],
    all,
    set: (name, value, options = {}) => queue(name, value, Object.assign({}, defaults, options)),
    delete: (name, options = {}) =>
      queue(name, '', Object.assign({}, defaults, options, { maxAge: 0, expires: new Date(0) })),
    setCookieHeaders: () => [...queued.values()],
  };
}
