import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeAttribute as escapeHtml } from '../ssr/strings/escape.js';
import { devClientTag } from './inject-client.js';
/**
 * The page every request gets while the app fails to build: the error's code, its message, the
 * file, line and column, and the lines around it. It loads the dev client, so saving a fix
 * reloads the page.
 */
export async function renderBuildFailure(failure, root, buildId) {
    const where = failure.location;
    const place = where ? `${where.file}:${where.line}:${where.column}` : 'unknown file';
    const excerpt = where ? await sourceExcerpt(join(root, where.file), where) : '';
    return [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Build error</title>',
        '<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#111}pre{background:#f6f6f6;padding:1rem;overflow:auto}mark{background:#fdd}</style>',
        devClientTag(buildId),
        '</head><body>',
        `<h1>The app does not build</h1>`,
        `<p><code class="code">${escapeHtml(failure.code ?? 'Error')}</code> at <code class="location">${escapeHtml(place)}</code></p>`,
        `<pre class="message">${escapeHtml(failure.message)}</pre>`,
        excerpt,
        '<p>Fix the file and save: this page reloads. The server is still running.</p>',
        '</body></html>',
    ].join('');
}
/** Three lines either side of the problem, the line itself marked. */
async function sourceExcerpt(file, where) {
    const source = await readFile(file, 'utf8').catch(() => undefined);
    if (source === undefined)
        return '';
    const lines = source.split('\n');
    const first = Math.max(1, where.line - 3);
    const shown = lines.slice(first - 1, where.line + 3).map((text, index) => {
        const number = first + index;
        const row = `${String(number).padStart(4)} | ${escapeHtml(text)}`;
        return number === where.line ? `<mark>${row}</mark>` : row;
    });
    return `<pre class="excerpt">${shown.join('\n')}</pre>`;
}
/** Answers a request with the failure page (500: the server could not produce the page). */
export function sendBuildFailure(res, html) {
    res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-length': String(Buffer.byteLength(html)) });
    res.end(res.req.method === 'HEAD' ? undefined : html);
}
//# sourceMappingURL=error-page.js.map