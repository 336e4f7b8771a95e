/**
 * Warnings that only `uplift dev` prints, for mistakes that produce a working but puzzling
 * response rather than an error.
 */
import { headerValue } from '../http/exchange.js';
import { HttpError } from '../common/errors.js';
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data'];
/**
 * A browser form posted, and the handler returned nothing: the browser then shows `{}` instead of
 * a page. Post/redirect/get (return `{ location }`) is what the handler almost always meant.
 */
export function warnEmptyFormResult(logger, request, path, file, exportName) {
    const type = headerValue(request.headers, 'content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (request.method !== 'POST' || !formTypes.includes(type))
        return;
    logger.warn(`${file}: export "${exportName}" returned nothing for a form POST to ${path}, so the browser shows "{}". ` +
        `Return { location: '${path}' } to send the browser back to a page (post/redirect/get).`);
}
/**
 * A 4xx the framework answered before any handler ran (no route, a method the route lacks, a
 * refused cross-site post, a body too large or of an unknown type): the reason is in the
 * response, but a developer looking at a blank form wants it in the terminal too.
 */
export function warnFrameworkClientError(logger, error, requestLine) {
    if (!(error instanceof HttpError) || error.status < 400 || error.status > 499)
        return;
    logger.warn(`${error.status} for ${requestLine}: ${error.message}`);
}
/** At most this many distinct unknown tags are remembered (and warned about). */
const maxUnknownTags = 200;
/**
 * A custom element with no definition is sent as written, which is right when the browser
 * defines it and a typo otherwise: say so once per tag. `uplift dev` keeps one of these for the
 * whole session, so a rebuild does not repeat what was already said.
 */
export function createUnknownElementWarning(logger) {
    const seen = new Set();
    return (tag, page) => {
        if (seen.has(tag) || seen.size >= maxUnknownTags)
            return;
        seen.add(tag);
        logger.warn(`<${tag}> on ${page} has no server definition, so it is sent as written. ` +
            `Add app/elements/${tag}.mjs (or .html), or ignore this if only the browser defines it.`);
    };
}
//# sourceMappingURL=dev-warnings.js.map