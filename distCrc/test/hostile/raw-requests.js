/** Raw HTTP/1.1 requests for the hostile corpus, as the exact bytes sent. */
export const host = 'host: 127.0.0.1\r\nconnection: close\r\n';
export const get = (target, headers = '') => `GET ${target} HTTP/1.1\r\n${host}${headers}\r\n`;
export const withBody = (method, target, type, body, extra = '') => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const typeLine = type === undefined ? '' : `content-type: ${type}\r\n`;
    const head = `${method} ${target} HTTP/1.1\r\n${host}accept: application/json\r\n${typeLine}content-length: ${bytes.length}\r\n${extra}\r\n`;
    return Buffer.concat([Buffer.from(head), bytes]);
};
export const json = (body) => withBody('POST', '/echo', 'application/json', body);
export const form = (body) => withBody('POST', '/echo', 'application/x-www-form-urlencoded', body);
//# sourceMappingURL=raw-requests.js.map