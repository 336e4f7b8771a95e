/**
 * Installs the app module hook (`hooks.ts`) once per process, and tells it about the project in
 * `root`, so `.ts` / `.mts` modules load and the app's modules go through the transform chain.
 * Idempotent: later calls only add their root. Resolves once the hook knows the root, so an
 * `import()` after it is transformed. Also turns on source maps, so stack traces name the lines
 * of the file as written.
 *
 * @example
 * await registerAppLoader({ root: '/srv/site' });
 * await import('/srv/site/app/api/notes.ts');
 */
export declare function registerAppLoader(options: {
    root: string;
}): Promise<void>;
