import { UpliftError } from '../../common/errors.js';
const segmentPattern = /^(?:\??\.)?([A-Za-z_$][\w$]*)|^(?:\?\.)?\[\s*(?:(\d+)|'([^']*)'|"([^"]*)")\s*\]/;
/** Compiles one `${expr}` to a state reader, or null when it is not a supported path. */
export function compilePath(expression) {
    const fallbackMatch = /^(.*?)\s*(\|\||\?\?)\s*(?:'([^']*)'|"([^"]*)")\s*$/.exec(expression);
    const path = (fallbackMatch ? fallbackMatch[1] : expression)?.trim() ?? '';
    const keys = [];
    let rest = path;
    while (rest.length > 0) {
        const match = segmentPattern.exec(rest);
        if (match === null || (keys.length === 0 && match[1] === undefined))
            return null;
        keys.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
        rest = rest.slice(match[0].length).trimStart();
    }
    if (keys.length === 0)
        return null;
    const resolve = (state) => {
        let value = state;
        for (const key of keys) {
            if (value === null || value === undefined)
                return undefined;
            value = Object.hasOwn(value, key) ? value[key] : undefined;
        }
        return value;
    };
    if (!fallbackMatch)
        return resolve;
    const operator = fallbackMatch[2];
    const fallback = fallbackMatch[3] ?? fallbackMatch[4] ?? '';
    return (state) => {
        const value = resolve(state);
        return operator === '??' ? (value ?? fallback) : value || fallback;
    };
}
/** The index of the `}` closing a `${` opened before `from`, skipping quoted strings. */
function closingBrace(source, from) {
    let depth = 1;
    for (let i = from; i < source.length; i++) {
        const c = source[i];
        if (c === "'" || c === '"') {
            const end = source.indexOf(c, i + 1);
            if (end === -1)
                return -1;
            i = end;
        }
        else if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0)
            return i;
    }
    return -1;
}
/** Builds the element function for an `.html` element file's content. */
export function createHtmlElement(source, file) {
    const parts = [];
    const resolvers = [];
    let last = 0;
    let open = source.indexOf('${');
    while (open !== -1) {
        const close = closingBrace(source, open + 2);
        if (close === -1)
            throw new UpliftError('UPLIFT_ELEMENT_TEMPLATE', `${file}: "\${" at offset ${open} is never closed with "}".`);
        const expression = source.slice(open + 2, close).trim();
        const resolve = compilePath(expression);
        if (resolve === null) {
            throw new UpliftError('UPLIFT_ELEMENT_TEMPLATE', `${file}: \${${expression}} is not a state path. .html elements read paths such as \${attrs.title}, \${store.user.name} or \${attrs.title || 'default'}; for other expressions, write the element as an .mjs file.`);
        }
        parts.push(source.slice(last, open));
        resolvers.push(resolve);
        last = close + 1;
        open = source.indexOf('${', last);
    }
    parts.push(source.slice(last));
    // One stable strings array per file, so the template is compiled once (compile.ts caches by it).
    const strings = Object.freeze(Object.assign([...parts], { raw: Object.freeze([...parts]) }));
    return ({ html, state }) => html(strings, ...resolvers.map((resolve) => String(resolve(state))));
}
//# sourceMappingURL=html-element.js.map