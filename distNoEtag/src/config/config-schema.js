const boolean = { types: ['boolean'] };
const integer = { types: ['integer'] };
const string = { types: ['string'] };
const strings = { types: ['array'] };
// Typed as complete records: an option added to AppOptions (or SessionOptions) fails the build
// until it is listed here, so the config file can never fall behind createApp.
const sessionKeys = {
    secrets: strings,
    algorithm: string,
    cookieName: string,
    maxAge: integer,
    sameSite: string,
    domain: string,
    secure: { types: ['boolean', 'string'] },
    tokenMaxAge: integer,
    isRevoked: { types: ['function'] },
};
const staticKeys = {
    inMemoryLimit: integer,
    memoryLimit: integer,
    compressMin: integer,
    fingerprint: boolean,
};
/** Every key `uplift.config.mjs` may hold. */
export const configKeys = {
    dev: boolean,
    bodyLimit: integer,
    maxUrlLength: integer,
    trustProxy: boolean,
    csrf: { types: ['false', 'object'], keys: { allowedOrigins: strings } },
    session: { types: ['object'], keys: sessionKeys },
    logger: { types: ['object'] },
    static: { types: ['object'], keys: staticKeys },
    serverTiming: boolean,
    escape: string,
    port: integer,
    host: string,
    headersTimeout: integer,
    requestTimeout: integer,
};
//# sourceMappingURL=config-schema.js.map