/**
 * The `name=value&name=value` grammar shared by query strings and urlencoded bodies
 * (WHATWG URL §5.1, application/x-www-form-urlencoded parsing).
 */
/**
 * Calls `onPair` with each decoded name and value in `input` from index `start`, in order. Empty
 * pairs (`a=1&&b=2`) are skipped; a pair without `=` has the value `''`. Returns false, having
 * stopped early, when there are more than `maxPairs` pairs.
 *
 * One pass over the characters: it finds the separators and notes whether a name or value holds
 * `%` or `+`, so the common plain `a=1&b=2` is sliced but never decoded. Linear in the input.
 */
export declare function readPairs(input: string, start: number, maxPairs: number, onPair: (name: string, value: string) => void): boolean;
