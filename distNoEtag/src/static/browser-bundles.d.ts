/**
 * Bundles each top-level script in `app/browser/` to `public/browser/<same name>`, as Enhance's
 * rollup plugin does (`@enhance/arc-plugin-rollup`), so it is served at `/_public/browser/<name>`.
 * Each bundle is an ES module; bare imports resolve from the project's `node_modules`. Returns
 * the written paths relative to `public/`; nothing when there is no `app/browser/`.
 *
 * Called once at start-up (minified in production; with inline source maps in dev), and again by
 * the dev watcher when a file under `app/` changes. A syntax or resolution error stops with
 * UPLIFT_BROWSER_BUNDLE naming the file and line.
 *
 * @example
 * import { rebuildBrowserBundles } from 'uplift-html';
 * await rebuildBrowserBundles('/path/to/project', { dev: true });
 */
export declare function rebuildBrowserBundles(root: string, options?: {
    dev?: boolean;
}): Promise<string[]>;
