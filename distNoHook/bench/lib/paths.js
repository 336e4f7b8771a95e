/**
 * Where the bench finds its files. Compiled code runs from `dist/bench/lib/`, while the app folder,
 * the payload and RESULTS.md live in the source tree under `bench/`, so both are resolved here once.
 */
import { fileURLToPath } from 'node:url';
/** The Uplift app folder the JSON suite serves; its `app/api/index.mjs` returns the payload. */
export const jsonAppRoot = fileURLToPath(new URL('../../../bench/apps/json/', import.meta.url));
/** The one payload every JSON target serves. */
export const payloadPath = fileURLToPath(new URL('../../../bench/apps/json/payload.json', import.meta.url));
/** Where each run writes its markdown table. */
export const resultsPath = fileURLToPath(new URL('../../../bench/RESULTS.md', import.meta.url));
/** The compiled server program for a target, e.g. `serverScript('fastify')`. */
export function serverScript(name) {
    return fileURLToPath(new URL(`../servers/${name}.js`, import.meta.url));
}
//# sourceMappingURL=paths.js.map