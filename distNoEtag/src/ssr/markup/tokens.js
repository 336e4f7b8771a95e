/**
 * Markup values. The result of a markup template (`html\`…\`` or a template literal the loader
 * tagged) is a short string, a token, that stands for the template and its values. Being a string,
 * it survives what element code does with markup: `.join('')`, `+`, nesting in another template,
 * returning it. Where a string lands, its tokens are markup and everything around them is data.
 *
 * A token is `\uE000<nonce><registry>.<n>\uE001`. The nonce is random per process, so data cannot
 * forge a token; private-use marker characters that appear in data are escaped like any other
 * special character. Tokens point into a registry: one per render (dropped with the render), or the
 * process-wide one for markup made outside a render (module constants), bounded.
 */
import { randomBytes } from 'node:crypto';
export const tokenStart = '\uE000';
export const tokenEnd = '\uE001';
/**
 * A markup template's result: its compiled template and values, or trusted text (template null).
 * A class, so the renderer tells an entry from any object app code could make.
 */
export class MarkupEntry {
    template;
    values;
    /** For trusted text (`trusted()`, developer constants): the markup itself. */
    text;
    constructor(template, values, text) {
        this.template = template;
        this.values = values;
        this.text = text;
    }
}
const nonce = randomBytes(9).toString('base64').replace(/[+/]/g, 'x');
let registries = 0;
/** A registry for one render: its tokens mean nothing to any other render. */
export function createRegistry(limit = Infinity) {
    return { prefix: tokenStart + nonce + (registries++).toString(36) + '.', list: [], kept: new Map(), next: 0, limit };
}
/** Markup made outside a render (a module's constants): kept for the process, the newest 4096. */
export const processRegistry = createRegistry(4096);
/** Registers `entry` and returns its token. */
export function addEntry(registry, entry) {
    const id = registry.next++;
    if (registry.limit === Infinity)
        registry.list.push(entry);
    else {
        registry.kept.set(id, entry);
        registry.kept.delete(id - registry.limit);
    }
    return registry.prefix + id + tokenEnd;
}
/**
 * `value` split into data and markup entries. A marker that is not a live token of `registry` or
 * the process registry stays in the data (and is escaped there like any special character).
 */
export function splitTokens(registry, value) {
    const pieces = [];
    let data = '';
    let at = 0;
    let start = value.indexOf(tokenStart);
    while (start !== -1) {
        const found = entryAt(registry, value, start) ?? entryAt(processRegistry, value, start);
        if (found === null) {
            start = value.indexOf(tokenStart, start + 1);
            continue;
        }
        data += value.slice(at, start);
        if (data !== '')
            pieces.push(data);
        data = '';
        pieces.push(found.entry);
        at = found.end;
        start = value.indexOf(tokenStart, at);
    }
    data += value.slice(at);
    if (data !== '')
        pieces.push(data);
    return pieces;
}
function entryAt(registry, value, start) {
    if (!value.startsWith(registry.prefix, start))
        return null;
    const digits = start + registry.prefix.length;
    const end = value.indexOf(tokenEnd, digits);
    // An id has at most 16 digits: a long run is data, and is not read as a number.
    if (end === -1 || end === digits || end - digits > 16)
        return null;
    const id = Number(value.slice(digits, end));
    if (!Number.isInteger(id))
        return null;
    const entry = registry.limit === Infinity ? registry.list[id] : registry.kept.get(id);
    return entry === undefined ? null : { entry, end: end + 1 };
}
/** Whether `value` is exactly one token; its entry if so. */
export function onlyEntry(registry, value) {
    if (value.charCodeAt(0) !== 0xe000 || value.charCodeAt(value.length - 1) !== 0xe001)
        return null;
    const found = entryAt(registry, value, 0) ?? entryAt(processRegistry, value, 0);
    return found !== null && found.end === value.length ? found.entry : null;
}
//# sourceMappingURL=tokens.js.map