import { devClientPath } from './reload-channel.js';
/** The tag that loads the dev client for a page rendered by build `buildId`. */
export function devClientTag(buildId) {
    return `<script type="module" src="${devClientPath}?build=${encodeURIComponent(buildId)}"></script>`;
}
/**
 * Adds the dev client to an HTML response, before `</head>` (else at the end), as Architect
 * Sandbox does with its live-reload script. Other responses pass through untouched. A HEAD
 * response keeps its body-less shape; its length grows by the tag's.
 */
export function injectDevClient(response, buildId) {
    const type = response.headers['content-type'];
    if (typeof type !== 'string' || !type.startsWith('text/html'))
        return response;
    const tag = devClientTag(buildId);
    if (response.body === null) {
        const length = response.headers['content-length'];
        if (typeof length !== 'string')
            return response;
        return { ...response, headers: { ...response.headers, 'content-length': String(Number(length) + Buffer.byteLength(tag)) } };
    }
    const html = typeof response.body === 'string' ? response.body : Buffer.from(response.body).toString('utf8');
    const headEnd = html.search(/<\/head>/i);
    const body = headEnd === -1 ? html + tag : html.slice(0, headEnd) + tag + html.slice(headEnd);
    const headers = { ...response.headers };
    delete headers['content-length'];
    return { ...response, headers, body };
}
//# sourceMappingURL=inject-client.js.map