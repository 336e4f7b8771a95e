import type { Recording } from './normalise.js';
export declare const recordingsDir: string;
export interface AppRecording {
    readonly app: string;
    readonly source: string;
    readonly licence: string;
    /** The Enhance packages that answered, `name@version`. */
    readonly runtime: string;
    readonly cases: Record<string, Recording>;
}
export declare function readRecording(appName: string): Promise<AppRecording>;
