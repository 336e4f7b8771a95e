import type { PublicUrlRewriter } from '../ssr/parse/public-urls.js';
import { type StaticTable } from './static-table.js';
/** Static delivery settings of `createApp` (docs/static.md). */
export interface StaticOptions {
    /** Files up to this many bytes are held in memory with their compressed copies. Default 64 KiB. */
    inMemoryLimit?: number;
    /** The most bytes held files and their compressed copies may take together. Default 64 MiB. */
    memoryLimit?: number;
    /** Compressible files from this many bytes are compressed. Default 1 KiB. */
    compressMin?: number;
    /**
     * Serve `/_public/<name>-<hash>.<ext>` and rewrite page URLs to it. Default: on in production
     * unless `.arc` says `@static fingerprint false`; always off in dev unless set to true here.
     */
    fingerprint?: boolean;
}
/** Static delivery, ready: the table, and the page URL rewriter when fingerprinting is on. */
export interface StaticSite {
    readonly table: StaticTable;
    /** Null when fingerprinting is off. */
    readonly publicUrls: PublicUrlRewriter | null;
}
/**
 * Builds the browser bundles (the dev watcher rebuilds them on change), then lists `public/`.
 * Null when the project has no `public/` folder and no bundles.
 */
export declare function loadStatic(root: string, options: StaticOptions, dev: boolean, warn: (message: string) => void): Promise<StaticSite | null>;
