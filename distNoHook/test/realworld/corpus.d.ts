/** One HTTP request. `form` is sent urlencoded, `json` as JSON, `bytes` as octet-stream. */
export interface CorpusRequest {
    readonly method?: string;
    readonly path: string;
    readonly accept?: 'html' | 'json';
    readonly headers?: Readonly<Record<string, string>>;
    readonly form?: Readonly<Record<string, string>>;
    readonly json?: unknown;
    readonly bytes?: string;
}
/**
 * A case: one request, optionally after others whose `set-cookie` answers are carried into it (a
 * session built by form posts), as a browser would.
 */
export interface CorpusCase {
    readonly name: string;
    readonly request: CorpusRequest;
    readonly after?: readonly CorpusRequest[];
    /** Also compare the Server-Timing metric names (Enhance sends them under Sandbox). */
    readonly timing?: boolean;
}
export interface CorpusApp {
    readonly name: string;
    /** The project folder, the one holding `app/`. */
    readonly root: string;
    /** Where the app comes from: an npm package and version, or our own pattern app. */
    readonly source: string;
    readonly licence: string;
    readonly cases: readonly CorpusCase[];
}
/** The checkout's root: this module runs from dist/test/realworld, three levels below it. */
export declare const repoRoot: string;
/** Every app, in the order the recorder and the test visit them. */
export declare const corpusApps: readonly CorpusApp[];
