import { parseMarkup } from './parse-markup.js';
import { flattenMarkup } from './compile.js';
import { placeholderStart } from './markers.js';
function parse(source, flat) {
    const nodes = parseMarkup(source);
    // Object placeholders in plain start tags are stripped when an element node is emitted, so
    // markup holding any stays as parsed.
    const open = flat && source.indexOf(placeholderStart) === -1 ? flattenMarkup(nodes) : nodes;
    return { nodes: open, slotFree: !/<slot/i.test(source) };
}
/** Longer markup is parsed every time, so one site cannot hold a large tree. */
const maxSiteLength = 64 * 1024;
const sites = new WeakMap();
/**
 * The tree of `source`, the markup at position `slot` of `site` in this render; with `flat`, with
 * plain elements opened up (a hole that is only emitted: Template.flatHoles).
 */
export function parseAt(site, slot, source, flat = false) {
    if (source.length > maxSiteLength)
        return parse(source, flat);
    let entries = sites.get(site);
    if (entries === undefined) {
        entries = [];
        sites.set(site, entries);
    }
    const last = entries[slot];
    if (last !== undefined && last.source === source)
        return last.parsed;
    const parsed = parse(source, flat);
    entries[slot] = { source, parsed };
    return parsed;
}
const maxEntries = 256;
const maxLength = 1024;
const small = new Map();
/** The tree of a short `source` with no site, from a bounded global cache. */
export function parseCached(source) {
    if (source.length > maxLength)
        return parse(source, false);
    let parsed = small.get(source);
    if (parsed === undefined) {
        parsed = parse(source, false);
        if (small.size >= maxEntries)
            small.delete(small.keys().next().value);
        small.set(source, parsed);
    }
    return parsed;
}
//# sourceMappingURL=parse-cache.js.map