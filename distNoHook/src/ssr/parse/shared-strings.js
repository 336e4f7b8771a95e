/**
 * One shared copy of each short string that repeats across parsed markup: tag and attribute
 * names, short start and end tags. A render reads the trees it reuses (parse-cache.ts) from memory
 * that other requests have since pushed out of the CPU caches; twenty `<li>` nodes that point to
 * one `'<li>'` string and one `'title'` name cost one cache miss each instead of twenty.
 */
const maxLength = 32;
const maxEntries = 4096;
const copies = new Map();
/** The shared copy of `value` (itself when long, or once the table is full). */
export function sharedCopy(value) {
    if (value.length > maxLength)
        return value;
    const known = copies.get(value);
    if (known !== undefined)
        return known;
    if (copies.size < maxEntries)
        copies.set(value, value);
    return value;
}
//# sourceMappingURL=shared-strings.js.map