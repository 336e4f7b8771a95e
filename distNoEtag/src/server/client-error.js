import { statusText } from '../http/status-text.js';
const statusByCode = {
    HPE_HEADER_OVERFLOW: 431,
    HPE_INVALID_METHOD: 501,
    ERR_HTTP_REQUEST_TIMEOUT: 408,
    HPE_HEADERS_TIMEOUT: 408,
};
/**
 * Requests node:http cannot parse never reach the core. Node's default answer is a bare status
 * line; this one says what was wrong, so a client sending a 20 KB cookie learns why.
 */
export function handleClientError(error, socket) {
    if (error.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
    }
    const status = statusByCode[error.code ?? ''] ?? 400;
    // A HEAD response never has a body (RFC 9110 §9.3.2); the request line is all node kept.
    const head = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
    const message = status === 431 ? 'Request headers are too large' : status === 408 ? 'The request took too long to arrive' : status === 501 ? 'Unknown HTTP method' : 'Malformed HTTP request';
    endWithStatus(socket, status, message, head);
}
/** CONNECT asks for a tunnel; Uplift serves an app, not a proxy. */
export function refuseConnect(socket) {
    endWithStatus(socket, 501, 'CONNECT is not supported');
}
function endWithStatus(socket, status, message, head = false) {
    const reason = statusText(status);
    const body = `${status} ${reason}: ${message}\n`;
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${head ? '' : body}`);
}
//# sourceMappingURL=client-error.js.map