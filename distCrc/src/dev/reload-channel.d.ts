import type { IncomingMessage, ServerResponse } from 'node:http';
/** Where the dev client listens for new builds, and where its script is served. */
export declare const devEventsPath = "/_uplift/dev/events";
export declare const devClientPath = "/_uplift/dev/client.js";
/** Open pages' event streams; each build's id is sent to all of them. */
export interface ReloadChannel {
    /** Answers `GET /_uplift/dev/events` with a Server-Sent Events stream that starts with the current build id. */
    accept(req: IncomingMessage, res: ServerResponse): void;
    /** Tells every open page the build id; a page built from another id reloads. */
    announce(buildId: string): void;
    /** Ends every stream (the server is closing). */
    close(): void;
}
/**
 * Server-Sent Events (the HTML standard's `text/event-stream`) for live reload. Every event is
 * the build id, so a page that missed one (asleep, or the server restarted) still reloads when it
 * reconnects and sees an id other than the one it was rendered with.
 */
export declare function createReloadChannel(currentBuild: () => string): ReloadChannel;
/** The script a dev page loads: reload when the server's build id differs from the page's own. */
export declare const devClientScript: string;
