/** Copies `files` (absolute paths under `base`) through the transform; returns the copy's base. */
export declare function taggedCopy(base: string, files: readonly string[]): Promise<string>;
/** Writes one module's source through the transform and imports it. */
export declare function importTagged<T>(source: string, name?: string): Promise<T>;
