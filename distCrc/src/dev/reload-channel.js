/** Where the dev client listens for new builds, and where its script is served. */
export const devEventsPath = '/_uplift/dev/events';
export const devClientPath = '/_uplift/dev/client.js';
/**
 * Server-Sent Events (the HTML standard's `text/event-stream`) for live reload. Every event is
 * the build id, so a page that missed one (asleep, or the server restarted) still reloads when it
 * reconnects and sees an id other than the one it was rendered with.
 */
export function createReloadChannel(currentBuild) {
    const open = new Set();
    const event = (buildId) => `event: build\ndata: ${buildId}\n\n`;
    return {
        accept(req, res) {
            // `retry`: reconnect quickly after a restart, instead of the browser's default of ~3 s.
            res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
            res.write(`retry: 250\n${event(currentBuild())}`);
            open.add(res);
            req.once('close', () => open.delete(res));
        },
        announce(buildId) {
            for (const res of open)
                res.write(event(buildId));
        },
        close() {
            for (const res of open)
                res.end();
            open.clear();
        },
    };
}
/** The script a dev page loads: reload when the server's build id differs from the page's own. */
export const devClientScript = `// uplift dev: reloads this page when the app is rebuilt.
const rendered = new URL(import.meta.url).searchParams.get('build');
const events = new EventSource(${JSON.stringify(devEventsPath)});
events.addEventListener('build', (event) => {
  if (event.data !== rendered) location.reload();
});
`;
//# sourceMappingURL=reload-channel.js.map