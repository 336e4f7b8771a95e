/**
 * Where the bench finds its files. Compiled code runs from `dist/bench/lib/`, while the app folder,
 * the payload and RESULTS.md live in the source tree under `bench/`, so both are resolved here once.
 */
import { fileURLToPath } from 'node:url';

/** The Uplift app folder the JSON suite serves; its `app/api/index.mjs` returns the payload. */
export const jsonAppRoot: string = fileURLToPath(new URL('../../../bench/apps/json/', import.meta.url));

/** The one payload every JSON target serves. */
export const payloadPath: string = fileURLToPath(
  new URL('../../../bench/apps/json/payload.json', import.meta.url),
);

/** Where a run of every suite writes its markdown tables: the committed record of the bench. */
export const resultsPath: string = fileURLToPath(new URL('../../../bench/RESULTS.md', import.meta.url));

/** Where a run of some suites writes them (git-ignored), so a quick check never replaces the full record. */
export const partialResultsPath: string = fileURLToPath(new URL('../../../bench/RESULTS.partial.md', import.meta.url));

/**
 * The file a run's tables go to: RESULTS.md only when `chosen` holds every suite of `all`. Ratios
 * count only within one run, so a file must hold one whole run, not a full run's tables with a
 * later partial run's written over some of them.
 */
export function resultsPathFor(chosen: readonly string[], all: readonly string[]): string {
  return all.every((name) => chosen.includes(name)) ? resultsPath : partialResultsPath;
}

/** The compiled server program for a target, e.g. `serverScript('fastify')`. */
export function serverScript(name: string): string {
  return fileURLToPath(new URL(`../servers/${name}.js`, import.meta.url));
}
