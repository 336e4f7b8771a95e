import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UpliftError } from '../common/errors.js';
import { describeImportError, locateImportError } from './import-error.js';
import { devVersionParam } from './protocol.js';

/**
 * Imports one of the app's modules. `what` says what the module is for the error message
 * ("the API route module", "the element").
 */
export type ModuleImporter = (file: string, what: string) => Promise<Record<string, unknown>>;

/**
 * An importer for the app in `root`. With a `version` (dev reloads), every app module is imported
 * afresh under `?uplift-dev=<version>`, and the module hook carries that query on to the app files
 * it imports. A failure throws `UpliftError('UPLIFT_MODULE_LOAD')` whose message starts with the
 * file, line and column, relative to the project:
 * `app/lib/notes.mjs:3:7: SyntaxError: Unexpected token. The API route module could not be imported (imported by app/api/notes.mjs); fix the error at that place.`
 *
 * @example
 * const importModule = createModuleImporter({ root: '/srv/site' });
 * const { get } = await importModule('/srv/site/app/api/index.mjs', 'the API route module');
 */
export function createModuleImporter(options: { root: string; version?: number }): ModuleImporter {
  const query = options.version === undefined ? '' : `?${devVersionParam}=${options.version}`;
  return async (file, what) => {
    try {
      return (await import(pathToFileURL(file).href + query)) as Record<string, unknown>;
    } catch (cause) {
      const where = await locateImportError(cause, file);
      const shown = (path: string): string => relative(options.root, path).replaceAll('\\', '/');
      const via = where.file === file ? '' : ` (imported by ${shown(file)})`;
      const subject = what.charAt(0).toUpperCase() + what.slice(1);
      throw new UpliftError(
        'UPLIFT_MODULE_LOAD',
        `${describeImportError(where, cause, shown)}. ${subject} could not be imported${via}; fix the error at that place.`,
        { cause },
      );
    }
  };
}
