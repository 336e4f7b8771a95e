import { normaliseResponse } from './normalise.js';
const acceptHeaders = {
    html: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    json: 'application/json',
};
/** Runs the case's earlier requests (keeping their cookies, as a browser would), then its request. */
export async function runCase(port, corpusCase) {
    const jar = new Map();
    for (const earlier of corpusCase.after ?? [])
        await send(port, earlier, jar);
    return normaliseResponse(await send(port, corpusCase.request, jar), { timing: corpusCase.timing === true });
}
async function send(port, request, jar) {
    const headers = {
        accept: acceptHeaders[request.accept ?? 'html'],
        // Compression is Architect's business, not the runtime's under test: ask for none.
        'accept-encoding': 'identity',
    };
    let body;
    if (request.form !== undefined) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(request.form).toString();
    }
    else if (request.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(request.json);
    }
    else if (request.bytes !== undefined) {
        headers['content-type'] = 'application/octet-stream';
        body = request.bytes;
    }
    Object.assign(headers, request.headers);
    if (jar.size > 0)
        headers['cookie'] = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
        method: request.method ?? 'GET',
        headers,
        ...(body === undefined ? {} : { body }),
        redirect: 'manual',
    });
    for (const cookie of response.headers.getSetCookie()) {
        const pair = cookie.split(';', 1)[0] ?? '';
        const equals = pair.indexOf('=');
        if (equals > 0)
            jar.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
    }
    return response;
}
//# sourceMappingURL=exchange.js.map