/**
 * The closest known name to a mistyped one, for errors that say "did you mean `get`?". Names are
 * compared case-insensitively by edit distance; a candidate counts when at most a third of its
 * letters differ (at least one), so `gett` and `Post` find `get` and `post` but `x` finds nothing.
 */
export function closestName(name, candidates) {
    const wanted = name.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(wanted, candidate.toLowerCase());
        if (distance < bestDistance && distance <= Math.max(1, Math.floor(candidate.length / 3))) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** ` (did you mean "get"?)`, or '' when nothing is close. */
export function didYouMean(name, candidates) {
    const match = closestName(name, candidates);
    return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
/** Levenshtein distance; names are short (option and export names), so the full table is fine. */
function editDistance(a, b) {
    if (a.length > 64 || b.length > 64)
        return Math.abs(a.length - b.length) + Math.min(a.length, b.length);
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
//# sourceMappingURL=did-you-mean.js.map