import { type ServerTarget } from './rounds.js';
import { type Suite } from './suite.js';
/** The baseline every ratio in this suite divides by. */
export declare const baselineTarget = "raw node:http";
/** Every target, in table order. */
export declare const jsonTargets: readonly ServerTarget[];
/** The JSON suite. */
export declare const jsonSuite: Suite;
