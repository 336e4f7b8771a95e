import type { ModuleImporter } from '../../loader/import-module.js';
import type { RouteEntry } from '../../routes/types.js';
import type { ElementRender } from '../render/element-api.js';
/** Files under `dir` (recursively) with one of `extensions`, sorted; [] when `dir` is missing. */
export declare function listFiles(dir: string, extensions: readonly string[]): Promise<string[]>;
/** True when `file` exists. */
export declare function exists(file: string): Promise<boolean>;
/** The module extensions elements, components and module pages may have. */
export declare const moduleExtensions: readonly string[];
/** `blog/comment-form.mjs` → `blog-comment-form`, validated (enhance-compat §5.5). */
export declare function elementNameFor(root: string, file: string): string;
/** The page element name for a page file path relative to `app/pages` (enhance-compat §5.2). */
export declare function pageElementName(relPath: string): string;
/**
 * `<app>/<name>` with the first module extension that exists (`head.mjs`, else `head.js`, `head.ts`,
 * `head.mts`), or undefined.
 */
export declare function findModule(app: string, name: string): Promise<string | undefined>;
/** Builds the registry for an app folder; `pages` are the page routes of the manifest. */
export declare function loadElementRegistry(projectRoot: string, pages: readonly RouteEntry[], importModule: ModuleImporter): Promise<Map<string, ElementRender>>;
