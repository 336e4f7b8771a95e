/**
 * The one-line readiness protocol between a bench server program and the harness: the child prints
 * `listening on http://127.0.0.1:PORT` once it accepts connections (the same line `uplift start`
 * prints), and the parent waits for it before loading.
 */
/** The line a server program prints once it is ready. */
export function formatListeningLine(port) {
    return `listening on http://127.0.0.1:${port}`;
}
// Only loopback is accepted: the bench must never aim load at another host, whatever a child prints.
const listeningPattern = /^listening on (http:\/\/127\.0\.0\.1:(\d{1,5}))\/?$/;
/** The URL from a readiness line, or null if the line is anything else (or names another host). */
export function parseListeningLine(line) {
    const match = listeningPattern.exec(line.trim());
    if (match === null)
        return null;
    const port = Number(match[2]);
    return port >= 1 && port <= 65535 ? `http://127.0.0.1:${port}` : null;
}
//# sourceMappingURL=listening-line.js.map