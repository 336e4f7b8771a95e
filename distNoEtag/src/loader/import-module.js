import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UpliftError } from '../common/errors.js';
import { locateImportError } from '../common/import-error.js';
import { locateModuleError, moduleErrorReason } from './module-error.js';
import { devVersionParam } from './protocol.js';
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
export function createModuleImporter(options) {
    const query = options.version === undefined ? '' : `?${devVersionParam}=${options.version}`;
    return async (file, what) => {
        try {
            return (await import(pathToFileURL(file).href + query));
        }
        catch (cause) {
            // Without the module hook (a renderer loaded on its own), a syntax error names no place:
            // the entry file is parsed again to find it.
            const where = locateModuleError(cause) ?? { file, ...locateImportError(file, cause) };
            const position = where.line === undefined ? '' : `:${where.line}:${where.column ?? 1}`;
            const shown = (path) => relative(options.root, path).replaceAll('\\', '/');
            const via = where.file === file ? '' : ` (imported by ${shown(file)})`;
            const name = cause instanceof Error ? `${cause.name}: ` : '';
            const subject = what.charAt(0).toUpperCase() + what.slice(1);
            throw new UpliftError('UPLIFT_MODULE_LOAD', `${shown(where.file)}${position}: ${name}${moduleErrorReason(cause)}. ${subject} could not be imported${via}; fix the error at that place.`, { cause });
        }
    };
}
//# sourceMappingURL=import-module.js.map