/** One header value from a CoreRequest, joining repeated values with `, ` (RFC 9110 §5.3). */
export function headerValue(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
}
/** Adds a response header value: Set-Cookie as one more line, any other name comma-joined. */
export function appendHeader(headers, name, value) {
    const existing = headers[name];
    if (existing === undefined)
        headers[name] = value;
    else if (name === 'set-cookie')
        headers[name] = [...(Array.isArray(existing) ? existing : [existing]), value];
    else
        headers[name] = `${Array.isArray(existing) ? existing.join(', ') : existing}, ${value}`;
}
//# sourceMappingURL=exchange.js.map