/**
 * The closest known name to a mistyped one, for errors that say "did you mean `get`?". Names are
 * compared case-insensitively by edit distance; a candidate counts when at most a third of its
 * letters differ (at least one), so `gett` and `Post` find `get` and `post` but `x` finds nothing.
 */
export declare function closestName(name: string, candidates: Iterable<string>): string | undefined;
/** ` (did you mean "get"?)`, or '' when nothing is close. */
export declare function didYouMean(name: string, candidates: Iterable<string>): string;
