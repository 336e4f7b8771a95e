/**
 * Every type a user's `app/api/*.ts`, `app/elements/*.mjs`, `app/head.mjs` or
 * `app/preflight.mjs` touches. Names follow Enhance where Enhance has one (see the aliases at the
 * end), so existing apps type-check unchanged.
 */
export {};
//# sourceMappingURL=types.js.map