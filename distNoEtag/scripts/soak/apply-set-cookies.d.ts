/**
 * The soak's one-cookie jar: the `Cookie` header value for `name` after a response's `Set-Cookie`
 * lines. The last line naming the cookie wins: its `name=value`, or undefined when it clears the
 * cookie (an empty value or `Max-Age` of zero or less). Lines for other cookies, or without `=`,
 * leave `current` as it was.
 *
 * @example
 * applySetCookies(undefined, ['_idx=abc; Path=/; HttpOnly'], '_idx'); // '_idx=abc'
 * applySetCookies('_idx=abc', ['_idx=; Max-Age=0; Path=/'], '_idx'); // undefined
 */
export declare function applySetCookies(current: string | undefined, setCookies: readonly string[] | undefined, name: string): string | undefined;
