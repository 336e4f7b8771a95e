/** The shared routing table: used by the router's unit tests and by the same cases over HTTP. */
/**
 * The api tree has a root index and no root catch-all, so unmatched paths give null; the pages
 * tree has a root `$$` and no index, to check what a catch-all takes.
 */
export declare const routingFiles: readonly string[];
export type Tree = 'api' | 'pages';
/** [tree, request path, expected file relative to the tree or null, expected params]. */
export type Case = [Tree, string, string | null, Record<string, string>?];
export declare const routingCases: readonly Case[];
