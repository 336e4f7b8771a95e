/** The app every hostile request is sent to: one route of every kind. */
export const hostileApp = {
    'app/api/echo.mjs': `
    const describe = (body) => Array.isArray(body) ? 'array' : body === null ? 'null' : typeof body;
    const answer = (req) => ({ json: { method: req.method, bodyType: describe(req.body), keys: req.body !== null && typeof req.body === 'object' ? Object.keys(req.body).length : 0, queryKeys: Object.keys(req.query).length } });
    export async function get(req) { return answer(req) }
    export async function post(req) { return answer(req) }
    export async function put(req) { return answer(req) }
    export async function patch(req) { return answer(req) }
    export async function destroy(req) { return answer(req) }`,
    'app/api/items/$id.mjs': `export async function get(req) { return { json: { id: req.params.id } } }`,
    'app/pages/items/$id.html': '<p>item</p>',
    'app/api/files/$$.mjs': `export async function get(req) { return { json: { proxy: req.params.proxy } } }`,
    'app/api/redirect.mjs': `export async function get(req) { return { location: req.query.to ?? '/' } }`,
    'app/api/header.mjs': `export async function get(req) { return { json: {}, headers: { 'x-echo': req.query.v ?? '' } } }`,
    'app/api/remember.mjs': `export async function get(req) { return { json: {}, session: { v: req.query.v ?? '' } } }`,
    'app/api/boom.mjs': `export async function get() { throw new Error('database password hunter2 leaked?') }`,
    'app/api/probe.mjs': `export async function get() {
    const probe = {};
    return { json: { polluted: probe.polluted !== undefined || probe.isAdmin !== undefined || Object.prototype.polluted !== undefined } };
  }`,
    'app/api/admin.mjs': `export async function get(req) { return req.session.user ? { json: { admin: true } } : { status: 401, json: {} } }`,
    'app/api/wrong-length.mjs': `export async function get() { const text = 'Grüße ✨'; return { text, headers: { 'content-length': String(text.length) } } }`,
    'app/api/proxied.mjs': `export async function get() {
    return { json: {}, headers: { 'transfer-encoding': 'chunked', connection: 'upgrade', 'keep-alive': 'timeout=999', upgrade: 'websocket', 'x-from-upstream': '1' } };
  }`,
    'app/api/vary-echo.mjs': `export async function get(req) { return { json: {}, headers: { vary: req.query.v ?? 'accept', 'content-type': req.query.t ?? 'application/json' } } }`,
    'app/api/cookie-echo.mjs': `export async function get(req) { return { json: {}, headers: { 'set-cookie': 'theme=' + (req.query.theme ?? 'light') } } }`,
    'app/api/echo-page.mjs': `export async function get(req) { return { json: { q: req.query.q ?? '', note: 'Fish & "chips"' } } }`,
    'app/elements/echo-note.mjs': `export default function EchoNote({ html, state }) { return html\`<p title="\${state.store.note}">\${state.store.q}</p>\` }`,
    'app/pages/echo-page.html': '<echo-note></echo-note>',
    'app/pages/index.html': '<h1>Home</h1>',
    'app/pages/about.html': '<h1>About</h1>',
    'app/pages/404.html': '<p>custom not found</p>',
};
//# sourceMappingURL=app-files.js.map