import type { IncomingMessage } from 'node:http';
/** The payload-v2 event fields Enhance and @architect/functions read. */
export interface HttpApiEvent {
    readonly version: '2.0';
    readonly routeKey: string;
    readonly rawPath: string;
    readonly rawQueryString: string;
    readonly cookies?: string[];
    readonly headers: Record<string, string>;
    readonly queryStringParameters?: Record<string, string>;
    readonly pathParameters: {
        proxy: string;
    };
    readonly requestContext: {
        readonly accountId: string;
        readonly apiId: string;
        readonly domainName: string;
        readonly domainPrefix: string;
        readonly http: {
            method: string;
            path: string;
            protocol: string;
            sourceIp: string;
            userAgent: string;
        };
        readonly requestId: string;
        readonly routeKey: string;
        readonly stage: string;
        readonly timeEpoch: number;
    };
    readonly body?: string;
    readonly isBase64Encoded: boolean;
}
/** Build the event for `req`, whose whole body is `body` (empty when there is none). */
export declare function toHttpApiEvent(req: IncomingMessage, body: Buffer): HttpApiEvent;
