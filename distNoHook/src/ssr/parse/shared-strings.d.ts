/**
 * One shared copy of each short string that repeats across parsed markup: tag and attribute
 * names, short start and end tags. A render reads the trees it reuses (parse-cache.ts) from memory
 * that other requests have since pushed out of the CPU caches; twenty `<li>` nodes that point to
 * one `'<li>'` string and one `'title'` name cost one cache miss each instead of twenty.
 */
/** The shared copy of `value` (itself when long, or once the table is full). */
export declare function sharedCopy(value: string): string;
