/** Read and parse `bench/apps/json/payload.json`; called once per server process at start-up. */
export declare function loadPayload(): Record<string, unknown>;
