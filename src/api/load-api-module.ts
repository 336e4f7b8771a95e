import { relative } from 'node:path';
import type { ModuleImporter } from '../loader/import-module.js';
import { closestName } from '../common/did-you-mean.js';
import { UpliftError } from '../common/errors.js';
import { findExportDeclaration } from '../loader/export-location.js';
import type { RouteEntry } from '../routes/types.js';

/** A middleware step or handler as Uplift calls it. */
export type RouteFunction = (request: Record<string, unknown>) => unknown;

/** One method's handler: a single function, or a middleware chain. */
export interface MethodHandler {
  readonly exportName: string;
  readonly steps: readonly RouteFunction[];
}

/** An API route module, imported and checked once at start-up. */
export interface ApiRouteModule {
  readonly route: RouteEntry;
  /** Display path of the file, relative to the project root (`app/api/notes/$id.mjs`). */
  readonly file: string;
  /** Upper-case method → handler. DELETE comes from the `destroy` export (enhance-compat §2.3). */
  readonly methods: ReadonlyMap<string, MethodHandler>;
}

const methodExports: ReadonlyArray<readonly [string, string]> = [
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
export async function loadApiModule(
  route: RouteEntry,
  projectRoot: string,
  warn: (message: string) => void,
  importModule: ModuleImporter,
): Promise<ApiRouteModule> {
  const file = relative(projectRoot, route.file).replaceAll('\\', '/');
  const namespace = await importModule(route.file, 'the API route module');
  const methods = new Map<string, MethodHandler>();
  for (const [method, exportName] of methodExports) {
    const value = namespace[exportName];
    if (value === undefined) continue;
    const problem = stepsProblem(value, exportName);
    if (problem !== undefined) {
      const at = await findExportDeclaration(route.file, exportName);
      throw new UpliftError('UPLIFT_MODULE_EXPORT', `${file}${at ? `:${at.line}:${at.column}` : ''}: ${problem}`);
    }
    methods.set(method, { exportName, steps: (Array.isArray(value) ? value : [value]) as RouteFunction[] });
  }
  for (const name of Object.keys(namespace)) {
    const hint = misnamedExportHint(name, namespace[name]);
    if (hint !== undefined) warn(`${file}: export "${name}" is ignored; ${hint} (UPLIFT_MODULE_EXPORT)`);
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
function misnamedExportHint(name: string, value: unknown): string | undefined {
  if (handlerNames.includes(name)) return undefined;
  if (name === 'del' || name === 'delete') return 'DELETE requests call the export named "destroy"';
  if (name === 'default') {
    const named = typeof value === 'function' && handlerNames.includes(value.name) ? value.name : 'get';
    return `API routes use named exports, one per method: did you mean \`export async function ${named}(req)\`?`;
  }
  if (typeof value !== 'function' && !Array.isArray(value)) return undefined;
  const match = closestName(name, handlerNames);
  return match === undefined ? undefined : `handlers are named after their method in lower case: did you mean "${match}"?`;
}

/** What is wrong with a handler export, or undefined when it is a function or a non-empty array of them. */
function stepsProblem(value: unknown, exportName: string): string | undefined {
  const steps = Array.isArray(value) ? value : [value];
  if (steps.length === 0) return `export "${exportName}" is an empty array; list at least one async function`;
  const index = steps.findIndex((step) => typeof step !== 'function');
  if (index === -1) return undefined;
  const step: unknown = steps[index];
  const where = Array.isArray(value) ? `item ${index} of export "${exportName}"` : `export "${exportName}"`;
  return `${where} is ${step === null ? 'null' : typeof step}; it must be an async function (request) => response, or an array of them`;
}
