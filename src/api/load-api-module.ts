import { relative } from 'node:path';
import type { ModuleImporter } from '../loader/import-module.js';
import { UpliftError } from '../shared/errors.js';
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
  /** Upper-case method → handler. DELETE comes from the `destroy` export (spec §2.3). */
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
    methods.set(method, { exportName, steps: toSteps(value, file, exportName) });
  }
  for (const wrongName of ['del', 'delete']) {
    if (namespace[wrongName] !== undefined) {
      warn(`${file}: export "${wrongName}" is ignored; DELETE requests call the export named "destroy"`);
    }
  }
  if (methods.size === 0) {
    warn(`${file}: exports no handler (get, post, put, patch, destroy, head, options); it answers 405 to every method`);
  }
  return { route, file, methods };
}

function toSteps(value: unknown, file: string, exportName: string): RouteFunction[] {
  const steps = Array.isArray(value) ? value : [value];
  if (steps.length === 0) {
    throw new UpliftError('UPLIFT_MODULE_EXPORT', `${file}: export "${exportName}" is an empty array; list at least one async function`);
  }
  steps.forEach((step, index) => {
    if (typeof step !== 'function') {
      const where = Array.isArray(value) ? `item ${index} of export "${exportName}"` : `export "${exportName}"`;
      throw new UpliftError(
        'UPLIFT_MODULE_EXPORT',
        `${file}: ${where} is ${step === null ? 'null' : typeof step}; it must be an async function (request) => response, or an array of them`,
      );
    }
  });
  return steps as RouteFunction[];
}
