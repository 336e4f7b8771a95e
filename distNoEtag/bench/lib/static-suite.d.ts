import { type StaticAsset } from './static-files.js';
import { type Suite } from './suite.js';
/** The peers, by program in bench/servers/, in table order. */
export declare const staticPrograms: readonly {
    readonly name: string;
    readonly program: string;
}[];
/** A row's target: `<server>, <asset label>`. */
export declare function staticTargetName(server: string, asset: StaticAsset): string;
/** The static suite. */
export declare const staticSuite: Suite;
