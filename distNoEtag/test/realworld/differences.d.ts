/**
 * Corpus cases where Uplift answers differently from Enhance, keyed `<app>: <case>`, each with a
 * one-line reason. corpus.test.ts fails if a listed case matches, so entries leave as work lands.
 */
/** Differences still to remove: Uplift should answer as Enhance does. */
export declare const knownDifferences: Readonly<Record<string, string>>;
/** Differences kept on purpose; each reason points at its docs/differences.md row. */
export declare const deliberateDifferences: Readonly<Record<string, string>>;
