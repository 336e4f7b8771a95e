/**
 * What a module is to the app, decided from its path:
 * - `api`: under `<root>/app/api/` (data routes: they never render markup);
 * - `app`: anywhere else under `<root>/app/` (pages, elements, components, head, preflight, and
 *   what they import);
 * - `other`: outside every registered app folder (config files, shared code, packages).
 */
export type ModuleKind = 'api' | 'app' | 'other';
/** The module a transform sees. `filename` is an absolute path. */
export interface TransformInfo {
    readonly filename: string;
    readonly kind: ModuleKind;
}
/** A transform's result; `undefined` means "no change". */
export interface TransformOutput {
    readonly code: string;
}
/**
 * One step of the chain: a pure function of the source. A step that changes the code must keep
 * line numbers, or return code carrying an inline source map, so stack traces stay true.
 */
export type SourceTransform = (source: string, info: TransformInfo) => TransformOutput | undefined | Promise<TransformOutput | undefined>;
/**
 * Runs every transform in order over `source`. Returns `undefined` when none changed anything,
 * so the caller can let Node load the file itself.
 *
 * @example
 * const out = await transformSource('export const a: number = 1', { filename: '/app/x.ts', kind: 'app' });
 * out?.code; // 'export const a = 1;\n//# sourceMappingURL=data:…'
 */
export declare function transformSource(source: string, info: TransformInfo): Promise<TransformOutput | undefined>;
