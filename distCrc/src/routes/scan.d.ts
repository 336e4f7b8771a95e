/**
 * Lists every regular file below `root` as a `/`-separated path relative to it, sorted by code
 * unit so the result does not depend on the file system's order. A missing `root` gives `[]`.
 *
 * `node_modules` folders are skipped. Symbolic links are followed; a link that points back to one
 * of its own parent folders is skipped, so a cycle cannot hang start-up. Broken links are ignored.
 *
 * @example await listRouteFiles('/srv/app/api') // ['index.mjs', 'notes/$id.mjs']
 */
export declare function listRouteFiles(root: string): Promise<string[]>;
