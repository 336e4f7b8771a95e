/** The query parameter that versions app modules per dev reload: `app/x.mjs?uplift-dev=3`. */
export const devVersionParam = 'uplift-dev';
//# sourceMappingURL=protocol.js.map