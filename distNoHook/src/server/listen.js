import { createServer } from 'node:http';
import { handleClientError, refuseConnect } from './client-error.js';
/**
 * Starts a node:http server with timeouts that bound slow clients: by default headers must arrive
 * within 15 s and a whole request within 30 s (Node's defaults are 60 s and 300 s). `checkContinue`
 * decides which `Expect: 100-continue` requests are told to send their body.
 */
export function listen(listener, options, logger, checkContinue) {
    const headersTimeout = options.headersTimeout ?? 15_000;
    const requestTimeout = options.requestTimeout ?? 30_000;
    const server = createServer({
        headersTimeout,
        requestTimeout,
        keepAliveTimeout: 5_000,
        // Node checks the two timeouts on this interval (30 s by default), so it bounds their precision.
        connectionsCheckingInterval: Math.min(1_000, Math.ceil(headersTimeout / 2)),
    }, listener);
    // Without a listener node:http answers every `Expect: 100-continue` with `100 Continue` itself.
    if (checkContinue)
        server.on('checkContinue', checkContinue);
    server.on('clientError', (error, socket) => handleClientError(error, socket));
    // Uplift is no proxy: without this listener node:http would drop CONNECT requests unanswered.
    server.on('connect', (_request, socket) => refuseConnect(socket));
    const host = options.host ?? '127.0.0.1';
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 3333, host, () => {
            server.off('error', reject);
            server.on('error', (error) => logger.error(`server error: ${error.message}`));
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : (options.port ?? 3333);
            const urlHost = host.includes(':') ? `[${host}]` : host;
            resolve({ server, host, port, url: `http://${urlHost}:${port}`, close: (timeoutMs) => closeGracefully(server, timeoutMs ?? 10_000) });
        });
    });
}
function closeGracefully(server, timeoutMs) {
    return new Promise((resolve) => {
        if (!server.listening) {
            resolve();
            return;
        }
        // Keep-alive connections become idle as their responses finish; close them as they do.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
        server.close(() => {
            clearInterval(sweep);
            clearTimeout(deadline);
            resolve();
        });
        server.closeIdleConnections();
    });
}
//# sourceMappingURL=listen.js.map