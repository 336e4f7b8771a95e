/** Raw HTTP/1.1 requests for the hostile corpus, as the exact bytes sent. */
export declare const host = "host: 127.0.0.1\r\nconnection: close\r\n";
export declare const get: (target: string, headers?: string) => string;
export declare const withBody: (method: string, target: string, type: string | undefined, body: string | Buffer, extra?: string) => Buffer;
export declare const json: (body: string | Buffer) => Buffer;
export declare const form: (body: string | Buffer) => Buffer;
