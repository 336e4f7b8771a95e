/**
 * The real-app corpus: each app, where it comes from, and the requests both runtimes answer. The
 * recorder (scripts/record-corpus.ts) sends these requests to Enhance's own router and stores the
 * answers in test/realworld/recordings/; corpus.test.ts sends them to Uplift and compares.
 */
import { resolve } from 'node:path';
/** The checkout's root: this module runs from dist/test/realworld, three levels below it. */
export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const ownApp = (name) => resolve(repoRoot, 'test', 'realworld', 'apps', name);
const npmApp = (path) => resolve(repoRoot, 'node_modules', path);
const get = (path, accept = 'html') => ({ path, accept });
const head = (path) => ({ method: 'HEAD', path, accept: 'html' });
const postForm = (path, form) => ({ method: 'POST', path, accept: 'html', form });
const boundary = 'corpus-boundary';
const multipartBody = [`--${boundary}`, 'content-disposition: form-data; name="title"', '', 'Hello', `--${boundary}--`, ''].join('\r\n');
/** Every app, in the order the recorder and the test visit them. */
export const corpusApps = [
    {
        name: 'starter-project',
        root: npmApp('@enhance/starter-project'),
        source: 'npm @enhance/starter-project@8.0.1',
        licence: 'ISC-style (LICENSE.md, Beginner Web Corp)',
        cases: [
            { name: 'GET / (head with styleTag, preflight title)', request: get('/') },
            { name: 'HEAD /', request: head('/') },
            { name: 'GET / as JSON (page without API)', request: get('/', 'json') },
            { name: 'GET /missing (default 404)', request: get('/missing') },
            { name: 'GET /missing as JSON', request: get('/missing', 'json') },
            { name: 'POST / (page without API)', request: postForm('/', { a: '1' }) },
        ],
    },
    {
        name: 'form-elements-preview',
        root: npmApp('@enhance/form-elements/preview'),
        source: 'npm @enhance/form-elements@1.1.2 (preview/)',
        licence: 'ISC',
        cases: [
            { name: 'GET / (element package rendered by the app)', request: get('/') },
            { name: 'GET /nothing-here (default 404)', request: get('/nothing-here') },
        ],
    },
    {
        name: 'music',
        root: ownApp('music'),
        source: 'own pattern app (enhance-dev/enhance-music)',
        licence: 'MIT (this repository)',
        cases: [
            { name: 'GET / (head reads req.rawPath)', request: get('/') },
            { name: 'GET / as JSON', request: get('/', 'json') },
            { name: 'GET /album/2 (req.pathParameters)', request: get('/album/2') },
            { name: 'GET /album/2 as JSON', request: get('/album/2', 'json') },
            { name: 'GET /album/9 (unknown album)', request: get('/album/9') },
            { name: 'HEAD /album/1', request: head('/album/1') },
            { name: 'GET /player/1-2 (middleware array, headers, session)', request: get('/player/1-2') },
            { name: 'GET /player/2-1 as JSON', request: get('/player/2-1', 'json') },
            { name: 'GET /artists (no route)', request: get('/artists') },
        ],
    },
    {
        name: 'docs',
        root: ownApp('docs'),
        source: 'own pattern app (enhance-dev/enhance.dev)',
        licence: 'MIT (this repository)',
        cases: [
            { name: 'GET / (page without API)', request: get('/') },
            { name: 'GET /docs/ (catch-all, trailing slash is the index)', request: get('/docs/') },
            { name: 'GET /docs/routing (cacheControl from a plain handler)', request: get('/docs/routing') },
            { name: 'GET /docs/api/sessions (deep catch-all)', request: get('/docs/api/sessions') },
            { name: 'GET /docs/routing as JSON', request: get('/docs/routing', 'json') },
            { name: 'GET /docs (catch-all folder without its slash)', request: get('/docs') },
            { name: 'GET /docs/caf%C3%A9 as JSON (req.path stays percent-encoded)', request: get('/docs/caf%C3%A9', 'json') },
            { name: 'GET /docs/nope (handler statusCode 404 renders the page)', request: get('/docs/nope') },
            { name: 'GET /cta/launch (req.pathParameters)', request: get('/cta/launch') },
            { name: 'GET /learn/routing (middleware redirect)', request: get('/learn/routing') },
            { name: 'GET /learn/routing as JSON (middleware redirect)', request: get('/learn/routing', 'json') },
            { name: 'GET /whatever (root catch-all redirects to /404)', request: get('/whatever') },
            { name: 'GET /404 (custom 404 page beats the root catch-all)', request: get('/404') },
            { name: 'GET /rss (xml, no page)', request: get('/rss') },
            { name: 'GET /version (text, no page)', request: get('/version') },
        ],
    },
    {
        name: 'todos',
        root: ownApp('todos'),
        source: 'own pattern app (enhance-dev/todo-mvc, enhance-dev/enhance-auth)',
        licence: 'MIT (this repository)',
        cases: [
            { name: 'GET / (empty list)', request: get('/') },
            { name: 'POST /todos (form, redirect, session)', request: postForm('/todos', { task: 'Buy milk' }) },
            { name: 'GET / after two posts (session read)', request: get('/'), after: [postForm('/todos', { task: 'Buy milk' }), postForm('/todos', { task: 'Walk the dog' })] },
            { name: 'GET / after an empty post (problems in the session)', request: get('/'), after: [postForm('/todos', { task: '  ' })] },
            { name: 'POST /todos as JSON client', request: { method: 'POST', path: '/todos', accept: 'json', json: { task: 'Call mum' } } },
            { name: 'GET /todos/0 (pathParameters, session)', request: get('/todos/0'), after: [postForm('/todos', { task: 'Buy milk' })] },
            { name: 'GET /todos/5 (handler 404 renders the page)', request: get('/todos/5') },
            { name: 'GET / after POST /todos/0?toggle (query flag)', request: get('/'), after: [postForm('/todos', { task: 'Buy milk' }), postForm('/todos/0?toggle', {})] },
            { name: 'POST /logout (empty session)', request: postForm('/logout', {}), after: [postForm('/todos', { task: 'Buy milk' })] },
            { name: 'GET /todos (POST-only route, no page)', request: get('/todos') },
            { name: 'GET /stats (single-file component)', request: get('/stats'), after: [postForm('/todos', { task: 'Buy milk' }), postForm('/todos', { task: 'Walk the dog' })] },
            { name: 'GET / with markup in a todo (escaping)', request: get('/'), after: [postForm('/todos', { task: '<b>bold</b>' })] },
        ],
    },
    {
        name: 'movies',
        root: ownApp('movies'),
        source: 'own pattern app (enhance-dev/enhance-movies; elements from npm @enhance/layout-elements@0.0.1-alpha.8)',
        licence: 'MIT (this repository); @enhance/layout-elements Apache-2.0',
        cases: [
            { name: 'GET / (middleware annotates req)', request: get('/') },
            { name: 'GET /?page=2 (req.query)', request: get('/?page=2') },
            { name: 'GET / with a referer header', request: { path: '/', accept: 'html', headers: { referer: 'http://example.test/from' } } },
            { name: 'GET /genre?name=drama', request: get('/genre?name=drama') },
            { name: 'GET /genre?name=drama as JSON', request: get('/genre?name=drama', 'json') },
            { name: 'GET /genre?name=western (404 from the chain)', request: get('/genre?name=western') },
            { name: 'GET /genre?name=a&name=b (repeated key)', request: get('/genre?name=comedy&name=drama', 'json') },
        ],
    },
    {
        name: 'preflight',
        root: ownApp('preflight'),
        source: 'own pattern app (enhance-dev/preflight-demo, tbeseda/enhance-arc-template)',
        licence: 'MIT (this repository)',
        cases: [
            { name: 'GET / (preflight store, head reads req.path)', request: get('/') },
            { name: 'GET /about (page module)', request: get('/about') },
            { name: 'GET /about/ (trailing slash)', request: get('/about/') },
            { name: 'GET /ABOUT (case-insensitive match)', request: get('/ABOUT') },
            { name: 'GET /account?since=monday (API json merged over preflight)', request: get('/account?since=monday') },
            { name: 'GET /account as JSON', request: get('/account', 'json') },
            { name: 'GET /account Server-Timing metrics (preflight, api, elements, html)', request: get('/account'), timing: true },
            { name: 'GET /about Server-Timing metrics (no API)', request: get('/about'), timing: true },
            { name: 'PUT /account JSON body', request: { method: 'PUT', path: '/account', accept: 'json', json: { name: 'Quiet Fox' } } },
            { name: 'PUT /account octet-stream body', request: { method: 'PUT', path: '/account', accept: 'json', bytes: 'raw bytes' } },
            { name: 'PUT /account text/plain body', request: { method: 'PUT', path: '/account', accept: 'json', headers: { 'content-type': 'text/plain' }, bytes: 'hello' } },
            { name: 'GET /broken (handler throws)', request: get('/broken') },
            { name: 'GET /nowhere (404 with preflight)', request: get('/nowhere') },
            { name: 'GET /whoami?b=2&a=1 (API Gateway v2 fields)', request: { path: '/whoami?b=2&a=1', accept: 'json', headers: { cookie: 'theme=dark; lang=en', 'user-agent': 'corpus-client/1.0' } } },
            { name: 'GET /news (cacheControl from a plain handler, page)', request: get('/news') },
            { name: 'GET /news as JSON (cacheControl)', request: get('/news', 'json') },
            { name: 'POST /echo JSON body (rawBody)', request: { method: 'POST', path: '/echo', accept: 'json', json: { n: 1 } } },
            { name: 'POST /echo form with a repeated key', request: { method: 'POST', path: '/echo', accept: 'json', headers: { 'content-type': 'application/x-www-form-urlencoded' }, bytes: 'a=1&b=2&b=3' } },
            { name: 'POST /echo unknown content type', request: { method: 'POST', path: '/echo', accept: 'json', headers: { 'content-type': 'application/foo' }, bytes: 'abc' } },
            { name: 'POST /echo multipart form', request: { method: 'POST', path: '/echo', accept: 'json', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, bytes: multipartBody } },
            { name: 'DELETE /account (method not exported, page exists)', request: { method: 'DELETE', path: '/account', accept: 'html' } },
        ],
    },
];
//# sourceMappingURL=corpus.js.map