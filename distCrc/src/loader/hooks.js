/**
 * Node module hooks for app modules (registered by `register.ts`; they run on Node's hooks thread,
 * so nothing here shares state with the app). Three jobs:
 * 1. load `.ts` / `.mts` files, which Node 20 refuses, through the transform chain;
 * 2. run the chain over the app's own JavaScript modules (`<root>/app/**`);
 * 3. in dev, carry a reload's version query (`?uplift-dev=N`) from an app module to the app files
 *    it imports, so one reload re-imports the whole graph of the app's own code (packages in
 *    node_modules are imported once and kept).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkModuleSyntax } from './syntax-check.js';
import { transformSource } from './transform.js';
import { devVersionParam } from './protocol.js';
/** Project folders (each holding `app/`) registered so far, with a trailing slash. */
const roots = new Set();
const typeScriptFile = /\.m?ts$/;
/**
 * Package modules an app element re-exports (`export { default } from '@enhance/form-elements/…'`
 * in `app/elements/x.mjs`): element code too, so they are transformed like the app's own.
 */
const packageElements = new Set();
export function initialize(data) {
    data.port.on('message', (message) => {
        roots.add(message.root.endsWith('/') ? message.root : `${message.root}/`);
        data.port.postMessage({ id: message.id });
    });
}
export async function resolve(specifier, context, nextResolve) {
    const resolved = await resolveWithTypeScriptFallback(specifier, context, nextResolve);
    if (resolved.url.includes('/node_modules/') && (isElementModule(context.parentURL) || isSamePackageElement(context.parentURL, resolved.url))) {
        packageElements.add(resolved.url);
    }
    const version = context.parentURL?.startsWith('file:') ? new URL(context.parentURL).searchParams.get(devVersionParam) : null;
    if (version === null || !resolved.url.startsWith('file:') || resolved.url.includes('?'))
        return resolved;
    if (kindOf(fileURLToPath(resolved.url)) === 'other')
        return resolved;
    return { ...resolved, url: `${resolved.url}?${devVersionParam}=${version}` };
}
/**
 * TypeScript code imports `./util.js` to mean `./util.ts` (the compiler keeps specifiers as
 * written); when Node finds no such file, try its `.ts` / `.mts` twin.
 */
async function resolveWithTypeScriptFallback(specifier, context, nextResolve) {
    try {
        return await nextResolve(specifier, context);
    }
    catch (error) {
        const twin = /^\.{1,2}\/.*\.m?js$/.test(specifier) ? specifier.replace(/js$/, 'ts') : undefined;
        if (error.code !== 'ERR_MODULE_NOT_FOUND' || twin === undefined)
            throw error;
        return nextResolve(twin, context);
    }
}
export async function load(url, context, nextLoad) {
    if (!url.startsWith('file:'))
        return nextLoad(url, context);
    const filename = fileURLToPath(url);
    const kind = kindOf(filename);
    if (typeScriptFile.test(filename) && !filename.includes('/node_modules/')) {
        const source = await readFile(filename, 'utf8');
        const output = await transformSource(source, { filename, kind });
        return { format: 'module', source: output?.code ?? source, shortCircuit: true };
    }
    const loaded = await nextLoad(url, context);
    // Only the app's own ES modules are transformed; CommonJS and packages load untouched.
    if (kind === 'other' || loaded.format !== 'module' || loaded.source === null || loaded.source === undefined)
        return loaded;
    const source = typeof loaded.source === 'string' ? loaded.source : Buffer.from(loaded.source).toString('utf8');
    checkModuleSyntax(source, filename);
    const output = await transformSource(source, { filename, kind });
    return output === undefined ? loaded : { format: 'module', source: output.code, shortCircuit: true };
}
function isElementModule(url) {
    if (url === undefined || !url.startsWith('file:'))
        return false;
    const filename = fileURLToPath(url);
    for (const root of roots)
        if (filename.startsWith(`${root}app/elements/`))
            return true;
    return false;
}
/**
 * An element package often re-exports its elements from files of its own (`index.js` importing
 * `packages/sidebar/layout-sidebar.js`): those render too. Other packages they import do not.
 */
function isSamePackageElement(parentUrl, url) {
    if (parentUrl === undefined || !packageElements.has(parentUrl))
        return false;
    const root = packageRoot(parentUrl);
    return root !== null && url.startsWith(root) && !url.includes('/node_modules/', root.length);
}
/** `…/node_modules/name/` or `…/node_modules/@scope/name/` of a URL inside a package. */
function packageRoot(url) {
    const at = url.lastIndexOf('/node_modules/');
    if (at === -1)
        return null;
    const parts = url.slice(at + '/node_modules/'.length).split('/');
    const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    return `${url.slice(0, at)}/node_modules/${name}/`;
}
function kindOf(filename) {
    // An app folder is an app folder wherever it lives (an app installed as a package is one too);
    // only a node_modules folder inside it holds packages.
    for (const root of roots) {
        if (!filename.startsWith(`${root}app/`) || filename.includes('/node_modules/', root.length))
            continue;
        return filename.startsWith(`${root}app/api/`) ? 'api' : 'app';
    }
    return packageElements.has(pathToFileURL(filename).href) ? 'app' : 'other';
}
//# sourceMappingURL=hooks.js.map