import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';

/** A response read off the wire. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * Sends bytes exactly as given over a real socket and reads until the server closes or `timeoutMs`
 * passes. For requests `fetch` refuses to send (bad paths, lying lengths, unknown methods).
 */
export function sendRaw(port: number, raw: string | Buffer, timeoutMs = 3000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const parsed = parseFirstResponse(text);
      if (parsed) resolve(parsed);
      else reject(new Error(`no HTTP response received; got ${JSON.stringify(text.slice(0, 200))}`));
    });
    socket.write(raw);
  });
}

function parseFirstResponse(text: string): RawResponse | undefined {
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd === -1) return undefined;
  const [statusLine = '', ...lines] = text.slice(0, headEnd).split('\r\n');
  const status = Number(statusLine.split(' ')[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = headers['content-length'];
  const rest = text.slice(headEnd + 4);
  const body = length === undefined ? rest : rest.slice(0, Number(length));
  return { status, headers, body: Buffer.from(body, 'latin1').toString('utf8') };
}

/** `GET path` with the given extra header lines, closing the connection after. */
export function rawGet(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  const lines = Object.entries({ host: `127.0.0.1:${port}`, connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}\r\n`);
  return sendRaw(port, `${method} ${path} HTTP/1.1\r\n${lines.join('')}\r\n`);
}

/** A response with its body as bytes, exactly as sent (no decompression). */
export interface BytesResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** One request over node:http, body returned as raw bytes: for checking encodings and ranges. */
export function requestBytes(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<BytesResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
