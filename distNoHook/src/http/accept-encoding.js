/**
 * The coding to send, from `Accept-Encoding` (RFC 9110 §12.5.3): the highest q-value among
 * `available`, `*` standing for any coding not named, q=0 refusing one. Ties go to the order of
 * `available` (br before gzip: smaller for the same content). One pass over the header, split at
 * commas, so its cost is linear in its length.
 */
export function negotiateCoding(header, available) {
    if (header === undefined || header === '' || available.length === 0)
        return null;
    let wildcard = -1;
    const named = new Map();
    for (const item of header.split(',')) {
        const semicolon = item.indexOf(';');
        const name = (semicolon === -1 ? item : item.slice(0, semicolon)).trim().toLowerCase();
        const q = semicolon === -1 ? 1 : qValue(item.slice(semicolon + 1));
        if (name === '*')
            wildcard = q;
        else if (name === 'br' || name === 'gzip' || name === 'x-gzip') {
            const key = name === 'x-gzip' ? 'gzip' : name;
            named.set(key, Math.max(named.get(key) ?? 0, q));
        }
    }
    let best = null;
    let bestQ = 0;
    for (const coding of available) {
        const q = named.get(coding) ?? wildcard;
        if (q > bestQ) {
            best = coding;
            bestQ = q;
        }
    }
    return best;
}
/** The `q=` weight among a coding's parameters; 1 without one, 0 for anything unparseable. */
function qValue(params) {
    for (const param of params.split(';')) {
        const eq = param.indexOf('=');
        if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== 'q')
            continue;
        const q = Number(param.slice(eq + 1).trim());
        return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
    }
    return 1;
}
//# sourceMappingURL=accept-encoding.js.map