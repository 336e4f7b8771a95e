const ignored = Object.freeze({ status: 'ignored' });
// Enhance's param names are `\w+` (enhance-compat §1.2 step 3); whatever follows is a literal suffix.
const paramName = /^\$([A-Za-z0-9_]+)(.*)$/s;
const asciiOnly = /^[\x00-\x7f]*$/;
/**
 * Folds text for case-insensitive comparison: Unicode NFC (macOS may store `café` decomposed),
 * then lower case. Applied to file names at scan time and to decoded request segments at match
 * time.
 *
 * @example normaliseSegmentText('Café') // 'café'
 */
export function normaliseSegmentText(text) {
    return asciiOnly.test(text) ? text.toLowerCase() : text.normalize('NFC').toLowerCase();
}
/**
 * Turns a file path relative to `app/api` or `app/pages` into route segments, the pattern shown to
 * people and Enhance's precedence weight (enhance-compat §1.2, §1.3). Pure: no file-system access.
 *
 * Returns `ignored` for files that are not routes (other extensions, dotfiles) and `invalid`, with
 * a problem that says how to fix it, for names Uplift refuses.
 *
 * @example
 * parseRoutePath('notes/$id.mjs', ['.mjs'])
 * // { status: 'route', pattern: '/notes/:id', weight: 'CB', segments: [static notes, param id] }
 */
export function parseRoutePath(relPath, extensions) {
    const folders = relPath.split('/');
    const fileName = folders.pop() ?? '';
    // Dotfiles (.DS_Store, macOS `._x.mjs` resource forks, editor locks) are never routes.
    if (fileName.startsWith('.'))
        return ignored;
    const extension = findExtension(fileName, extensions);
    if (extension === undefined)
        return ignored;
    // A TypeScript declaration (`notes.d.ts`) describes a module and is not one, unless `.d.ts`
    // itself was listed as an extension.
    if (/\.d\.m?ts$/.test(fileName) && !extension.startsWith('.d.'))
        return ignored;
    const stem = fileName.slice(0, -extension.length);
    // Only a file named exactly `index.<ext>` stands for its folder (Enhance's `myindex` quirk is
    // dropped).
    const isIndex = stem === 'index';
    const names = isIndex ? folders : [...folders, stem];
    const segments = [];
    const patternParts = [];
    let weight = '';
    for (const [position, name] of names.entries()) {
        const isFile = !isIndex && position === names.length - 1;
        const segment = parseSegment(name, isFile);
        if (typeof segment === 'string')
            return { status: 'invalid', problem: segment };
        if (segment.kind === 'param' && hasParam(segments, segment.name)) {
            const problem = `the param "${segment.name}" appears twice, so one value would hide the other. ` +
                `Rename one of the "$${segment.name}" segments.`;
            return { status: 'invalid', problem };
        }
        segments.push(segment);
        patternParts.push(describeSegment(segment, name));
        weight += segmentLetter(segment);
    }
    if (isIndex)
        weight += 'D';
    return { status: 'route', segments, pattern: `/${patternParts.join('/')}`, weight };
}
/** The longest listed extension the name ends with, if the name has a stem before it. */
function findExtension(fileName, extensions) {
    let found;
    for (const extension of extensions) {
        if (fileName.length > extension.length && fileName.endsWith(extension)) {
            if (found === undefined || extension.length > found.length)
                found = extension;
        }
    }
    return found;
}
/** One folder or file-stem name as a segment, or the problem with it. */
function parseSegment(name, isFile) {
    if (name === '$$') {
        if (isFile)
            return { kind: 'catchall' };
        return ('a folder named "$$" is not a catch-all (Enhance treats it as literal text). ' +
            'To catch every path below a folder, put a file named "$$" with a route extension ' +
            '(e.g. "$$.mjs") in that folder.');
    }
    if (name.includes('$$')) {
        return (`"${name}" mixes "$$" with other text. ` +
            'Name the file exactly "$$" plus its extension for a catch-all, or remove the "$$".');
    }
    if (!name.startsWith('$')) {
        if (name.includes('$')) {
            return (`"${name}" has "$" inside it; "$" may only start a segment ("$name" for a param). ` +
                'Rename it without the "$".');
        }
        return { kind: 'static', value: normaliseSegmentText(name) };
    }
    const parts = paramName.exec(name);
    if (parts === null) {
        return (`"${name}" starts with "$" but no param name follows. ` +
            'Use "$" then letters, digits or "_", e.g. "$id".');
    }
    const [, param = '', suffix = ''] = parts;
    if (suffix.includes('$')) {
        return (`"${name}" holds more than one "$"; a segment can carry one param. ` +
            'Split it into folders, e.g. "$a/$b".');
    }
    if (param === '__proto__') {
        return `"$__proto__" would be lost on a JavaScript params object. Choose another param name.`;
    }
    return { kind: 'param', name: param, suffix: normaliseSegmentText(suffix) };
}
function hasParam(segments, name) {
    return segments.some((segment) => segment.kind === 'param' && segment.name === name);
}
/** The human pattern text of a segment: the original name, `:name` for params, `*` for `$$`. */
function describeSegment(segment, name) {
    if (segment.kind === 'static')
        return name;
    if (segment.kind === 'catchall')
        return '*';
    // The suffix as written in the file name, not the folded form kept for matching.
    return `:${segment.name}${name.slice(1 + segment.name.length)}`;
}
/** Enhance's precedence letter (enhance-compat §1.3). Index files add a final `D` separately. */
function segmentLetter(segment) {
    if (segment.kind === 'static')
        return 'C';
    if (segment.kind === 'param')
        return 'B';
    return 'A';
}
//# sourceMappingURL=parse-path.js.map