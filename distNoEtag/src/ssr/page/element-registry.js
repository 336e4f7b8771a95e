/**
 * The element registry, built once at start-up (enhance-compat §5.5; Enhance rebuilds it per request).
 * Later sources override earlier ones:
 * 1. `app/elements.mjs` (default export `{ 'tag-name': fn }`);
 * 2. module pages (`.mjs`, `.js`, `.ts`, `.mts`) as `page-<name>` (enhance-compat §5.2);
 * 3. `app/components/**` (the default export's `render` or `prototype.render`);
 * 4. `app/elements/**`: `.html` templates, then modules (a module wins over a
 *    template of the same name).
 * Built-in `page-404` / `page-500` are added by the renderer when the app has none.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createHtmlElement } from './html-element.js';
import { isCustomElementName, isValidElementName } from '../parse/names.js';
import { UpliftError } from '../../common/errors.js';
/** Files under `dir` (recursively) with one of `extensions`, sorted; [] when `dir` is missing. */
export async function listFiles(dir, extensions) {
    let entries;
    try {
        entries = await readdir(dir, { recursive: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    return entries
        // A TypeScript declaration (`x.d.ts`) describes a module; it is not one.
        .filter((entry) => extensions.some((ext) => entry.endsWith(ext)) && !/\.d\.m?ts$/.test(entry))
        .map((entry) => join(dir, entry))
        .sort();
}
/** True when `file` exists. */
export async function exists(file) {
    try {
        await stat(file);
        return true;
    }
    catch {
        return false;
    }
}
/** The module extensions elements, components and module pages may have. */
export const moduleExtensions = ['.mjs', '.js', '.ts', '.mts'];
const componentExtensions = moduleExtensions.filter((extension) => extension !== '.js');
const moduleExtension = /\.(mjs|js|mts|ts)$/;
/** `blog/comment-form.mjs` → `blog-comment-form`, validated (enhance-compat §5.5). */
export function elementNameFor(root, file) {
    const tag = relative(root, file).replace(moduleExtension, '').replace(/\.html$/, '').split(sep).join('-');
    if (!isValidElementName(tag) || !isCustomElementName(tag)) {
        throw new UpliftError('UPLIFT_ELEMENT_NAME', `${file}: "${tag}" is not a valid element name. Element file names (with their folders joined by "-") must be lower-case letters, digits and dashes, start with a letter and contain a dash, e.g. app/elements/my-header.mjs.`);
    }
    return tag;
}
/** The page element name for a page file path relative to `app/pages` (enhance-compat §5.2). */
export function pageElementName(relPath) {
    return 'page-' + relPath.replace(moduleExtension, '').split('/').join('-').replace(/\$/g, '-').replace('-index', '').toLowerCase();
}
/**
 * `<app>/<name>` with the first module extension that exists (`head.mjs`, else `head.js`, `head.ts`,
 * `head.mts`), or undefined.
 */
export async function findModule(app, name) {
    for (const extension of moduleExtensions) {
        const file = join(app, name + extension);
        if (await exists(file))
            return file;
    }
    return undefined;
}
/** An element's render: a component's `render`, or the function itself. */
function renderOf(value) {
    return componentRender(value) ?? (typeof value === 'function' ? value : null);
}
/**
 * A single-file component's server render: the default export's own `render` (an object) or its
 * class's `prototype.render`, called on its own, without an instance (`@enhance/arc-plugin-enhance`
 * src/http/any-catchall/_get-elements.mjs). A bare function is not a component.
 */
function componentRender(value) {
    if (typeof value !== 'function' && (typeof value !== 'object' || value === null))
        return null;
    const holder = value;
    const render = holder.render ?? holder.prototype?.render;
    return typeof render === 'function' ? render : null;
}
function exportError(file, what) {
    return new UpliftError('UPLIFT_ELEMENT_EXPORT', `${file} must export default ${what}, e.g. \`export default function MyElement({ html, state }) { return html\\\`…\\\` }\`.`);
}
/** Builds the registry for an app folder; `pages` are the page routes of the manifest. */
export async function loadElementRegistry(projectRoot, pages, importModule) {
    const registry = new Map();
    const app = join(projectRoot, 'app');
    const file = await findModule(app, 'elements');
    if (file !== undefined) {
        const manifest = (await importModule(file, 'the element manifest')).default;
        if (typeof manifest !== 'object' || manifest === null)
            throw exportError(file, 'an object mapping tag names to element functions');
        for (const [tag, value] of Object.entries(manifest)) {
            const render = renderOf(value);
            if (!isValidElementName(tag) || render === null)
                throw exportError(file, `an object whose "${tag}" entry is an element function`);
            registry.set(tag, render);
        }
    }
    for (const page of pages) {
        if (!moduleExtension.test(page.file))
            continue;
        const tag = pageElementName(page.relPath);
        if (!isCustomElementName(tag))
            throw new UpliftError('UPLIFT_ELEMENT_NAME', `${page.file}: its page element name "${tag}" is not a valid custom element name; rename the file.`);
        const render = renderOf((await importModule(page.file, 'the page')).default);
        if (render === null)
            throw exportError(page.file, 'an element function');
        registry.set(tag, render);
    }
    const components = join(app, 'components');
    // Not `.js`: Enhance loads only `.mjs` there, and a `.js` file beside them may be browser-only code.
    for (const file of await listFiles(components, componentExtensions)) {
        const tag = elementNameFor(components, file);
        const render = componentRender((await importModule(file, 'the component')).default);
        // Enhance skips a component without render; say so instead of failing.
        if (render === null)
            process.emitWarning(`${file} has no render() method; Uplift skipped it.`, 'UpliftWarning');
        else
            registry.set(tag, render);
    }
    const elements = join(app, 'elements');
    for (const file of await listFiles(elements, ['.html'])) {
        registry.set(elementNameFor(elements, file), createHtmlElement(await readFile(file, 'utf8'), file));
    }
    for (const file of await listFiles(elements, moduleExtensions)) {
        const tag = elementNameFor(elements, file);
        const render = renderOf((await importModule(file, 'the element')).default);
        if (render === null)
            throw exportError(file, 'an element function');
        registry.set(tag, render);
    }
    return registry;
}
//# sourceMappingURL=element-registry.js.map