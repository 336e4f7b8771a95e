/**
 * Compile-only checks of the public types: `npm test` builds with tsc first, so a wrong type here
 * (or an `@ts-expect-error` that no longer errors) fails the suite.
 */
import { HttpError } from '../../src/index.js';
// A handler typed with its params gets typed params, plus Enhance's always-present `proxy`.
export const get = async (req) => {
    const id = req.params.id;
    const proxy = req.params.proxy;
    // @ts-expect-error: `slug` is not a param of this route
    void req.params.slug;
    return { json: { note: { id: `${id}${proxy}` } } };
};
// The json a handler returns is checked against its declared type.
// @ts-expect-error: `note` must have an `id`
export const wrongJson = async () => ({ json: { note: {} } });
// Every response key of the seed document type-checks.
export const post = async (req) => {
    const query = req.query;
    const body = req.body;
    void query;
    void body;
    return { location: '/notes', statusCode: 303, cacheControl: 'no-store', headers: { 'x-a': 'b' }, session: { user: 'ada' } };
};
// Architect's request fields, as Enhance apps read them.
export const architect = async (req) => {
    const rawPath = req.rawPath;
    const raw = req.rawQueryString;
    const id = req.pathParameters.id;
    const query = req.queryStringParameters;
    const cookies = req.cookies;
    const context = req.requestContext;
    const ip = req.requestContext.http.sourceIp;
    const epoch = req.requestContext.timeEpoch;
    const version = req.version;
    const base64 = req.isBase64Encoded;
    const rawBody = req.rawBody;
    // @ts-expect-error: rawBody may be missing
    const mustHave = req.rawBody;
    // @ts-expect-error: the version is always '2.0'
    const wrongVersion = req.version;
    void [rawPath, raw, id, query, cookies, context, ip, epoch, version, base64, rawBody, mustHave, wrongVersion, req.routeKey, req.resource, req.httpMethod];
    return { json: {} };
};
// @ts-expect-error: a status must be a number
export const badStatus = async () => ({ status: 'ok' });
// Middleware may return nothing, a response, or a replacement request.
const auth = async (req) => {
    if (!req.session.user)
        return { status: 401, json: { error: 'sign in' } };
    return undefined;
};
export const chain = [auth, async (req) => ({ ...req, user: 'ada' })];
// Enhance's names still work for existing apps.
export const legacy = async (req) => ({ json: { path: req.path } });
// Elements and head.
export const element = ({ html, state }) => html `<ul>${state.store.notes.map((note) => `<li>${note}</li>`).join('')}</ul>`;
export const head = ({ status }) => `<!DOCTYPE html><html><head><title>${status}</title></head>`;
export const thrown = () => {
    throw new HttpError(404, 'No such note');
};
//# sourceMappingURL=api-types.check.js.map