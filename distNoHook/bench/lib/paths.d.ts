/** The Uplift app folder the JSON suite serves; its `app/api/index.mjs` returns the payload. */
export declare const jsonAppRoot: string;
/** The one payload every JSON target serves. */
export declare const payloadPath: string;
/** Where each run writes its markdown table. */
export declare const resultsPath: string;
/** The compiled server program for a target, e.g. `serverScript('fastify')`. */
export declare function serverScript(name: string): string;
