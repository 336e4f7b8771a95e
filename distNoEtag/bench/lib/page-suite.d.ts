import { type TodoVariant } from '../peers/todos-app.js';
import { type ServerTarget } from './rounds.js';
import { type Suite } from './suite.js';
/** The ceiling every ratio in these suites divides by. */
export declare const ceilingTarget = "template-string node:http";
/** Uplift's row. */
export declare const upliftTarget = "uplift";
/** Hono's row. */
export declare const honoTarget = "hono (hono/html)";
/** Real Enhance's row. */
export declare const enhanceTarget = "enhance (arc-plugin-enhance)";
/** The todo page's servers, in table order, serving `variant`'s todos. */
export declare function pageTargets(variant: TodoVariant): ServerTarget[];
/** The page suites, in the order a default run executes them. */
export declare const pageSuites: readonly Suite[];
