/** A temporary `app` folder holding empty route files. */
export interface RouteApp {
    /** `<tmp>/app`. */
    readonly appDir: string;
    /** Removes the whole temporary folder. */
    remove(): Promise<void>;
}
/**
 * Creates `<tmp>/app` with the given files (paths relative to `app`, `/`-separated), each holding
 * a one-line comment so tests can tell files apart if they read them.
 *
 * @example const app = await createRouteApp(['api/index.mjs', 'pages/about.html']);
 */
export declare function createRouteApp(files: readonly string[]): Promise<RouteApp>;
