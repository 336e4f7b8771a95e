/**
 * The route manifest: plain data produced once from `app/api` and `app/pages` at start-up
 * (routes/scan.ts) and consumed by the router (router/router.ts). Nothing here touches the file
 * system after start-up.
 */
export {};
//# sourceMappingURL=types.js.map