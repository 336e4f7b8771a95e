/** Raw HTTP/1.1 requests for the hostile corpus, as the exact bytes sent. */

export const host = 'host: 127.0.0.1\r\nconnection: close\r\n';
export const get = (target: string, headers = ''): string => `GET ${target} HTTP/1.1\r\n${host}${headers}\r\n`;
export const withBody = (method: string, target: string, type: string | undefined, body: string | Buffer, extra = ''): Buffer => {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const typeLine = type === undefined ? '' : `content-type: ${type}\r\n`;
  const head = `${method} ${target} HTTP/1.1\r\n${host}accept: application/json\r\n${typeLine}content-length: ${bytes.length}\r\n${extra}\r\n`;
  return Buffer.concat([Buffer.from(head), bytes]);
};
export const json = (body: string | Buffer): Buffer => withBody('POST', '/echo', 'application/json', body);
export const form = (body: string | Buffer): Buffer => withBody('POST', '/echo', 'application/x-www-form-urlencoded', body);
