/** One asset of the suite, as requested under `/_public/`. */
export interface StaticAsset {
    readonly label: string;
    readonly path: string;
    readonly bytes: Buffer;
}
export declare function staticAssets(): readonly StaticAsset[];
/** Writes the assets into `<tmp>/public/` (plus the `app/` folder Uplift needs); returns the root. */
export declare function writeStaticProject(): Promise<string>;
