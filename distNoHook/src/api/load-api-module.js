import { relative } from 'node:path';
import { closestName } from '../common/did-you-mean.js';
import { UpliftError } from '../common/errors.js';
const methodExports = [
    ['GET', 'get'],
    ['HEAD', 'head'],
    ['POST', 'post'],
    ['PUT', 'put'],
    ['PATCH', 'patch'],
    ['DELETE', 'destroy'],
    ['OPTIONS', 'options'],
];
/**
 * Imports an API route module and checks its exports, so a mistake stops start-up with a message
 * naming the file instead of failing on some later request.
 */
export async function loadApiModule(route, projectRoot, warn, importModule) {
    const file = relative(projectRoot, route.file).replaceAll('\\', '/');
    const namespace = await importModule(route.file, 'the API route module');
    const methods = new Map();
    for (const [method, exportName] of methodExports) {
        const value = namespace[exportName];
        if (value === undefined)
            continue;
        methods.set(method, { exportName, steps: toSteps(value, file, exportName) });
    }
    for (const name of Object.keys(namespace)) {
        const hint = misnamedExportHint(name, namespace[name]);
        if (hint !== undefined)
            warn(`${file}: export "${name}" is ignored; ${hint} (UPLIFT_MODULE_EXPORT)`);
    }
    if (methods.size === 0) {
        warn(`${file}: exports no handler (get, post, put, patch, destroy, head, options); it answers 405 to every method`);
    }
    return { route, file, methods };
}
const handlerNames = methodExports.map(([, exportName]) => exportName);
/**
 * Why an export that is no handler looks like a mistake, or undefined when it looks like a helper.
 * Enhance calls only the exact lower-case names, so `Post` or `gett` would silently answer 405.
 */
function misnamedExportHint(name, value) {
    if (handlerNames.includes(name))
        return undefined;
    if (name === 'del' || name === 'delete')
        return 'DELETE requests call the export named "destroy"';
    if (name === 'default') {
        const named = typeof value === 'function' && handlerNames.includes(value.name) ? value.name : 'get';
        return `API routes use named exports, one per method: did you mean \`export async function ${named}(req)\`?`;
    }
    if (typeof value !== 'function' && !Array.isArray(value))
        return undefined;
    const match = closestName(name, handlerNames);
    return match === undefined ? undefined : `handlers are named after their method in lower case: did you mean "${match}"?`;
}
function toSteps(value, file, exportName) {
    const steps = Array.isArray(value) ? value : [value];
    if (steps.length === 0) {
        throw new UpliftError('UPLIFT_MODULE_EXPORT', `${file}: export "${exportName}" is an empty array; list at least one async function`);
    }
    steps.forEach((step, index) => {
        if (typeof step !== 'function') {
            const where = Array.isArray(value) ? `item ${index} of export "${exportName}"` : `export "${exportName}"`;
            throw new UpliftError('UPLIFT_MODULE_EXPORT', `${file}: ${where} is ${step === null ? 'null' : typeof step}; it must be an async function (request) => response, or an array of them`);
        }
    });
    return steps;
}
//# sourceMappingURL=load-api-module.js.map