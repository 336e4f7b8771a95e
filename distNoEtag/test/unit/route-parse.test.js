import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeRouteConflicts, findRouteConflicts } from '../../src/routes/conflicts.js';
import { normaliseSegmentText, parseRoutePath } from '../../src/routes/parse-path.js';
import { compareRoutes, sortRoutes } from '../../src/routes/sort.js';
const extensions = ['.html', '.mjs', '.js'];
const s = (value) => ({ kind: 'static', value });
const p = (name, suffix = '') => ({ kind: 'param', name, suffix });
const all = { kind: 'catchall' };
/** A route entry built through the parser, for the sort and conflict tests. */
function entryOf(relPath) {
    const parsed = parseRoutePath(relPath, extensions);
    assert.equal(parsed.status, 'route', `${relPath} should be a route`);
    if (parsed.status !== 'route')
        throw new Error('unreachable');
    const { segments, pattern, weight } = parsed;
    return { kind: 'api', file: `/app/api/${relPath}`, relPath, pattern, segments, weight };
}
describe('parseRoutePath: routes (enhance-compat §1.2)', () => {
    const cases = [
        ['index.html', '/', 'D', []],
        ['index.mjs', '/', 'D', []],
        ['about.html', '/about', 'C', [s('about')]],
        ['About.mjs', '/About', 'C', [s('about')]],
        ['notes/index.mjs', '/notes', 'CD', [s('notes')]],
        ['notes/$id.mjs', '/notes/:id', 'CB', [s('notes'), p('id')]],
        ['$$.html', '/*', 'A', [all]],
        ['one/$$.html', '/one/*', 'CA', [s('one'), all]],
        ['docs/$$.mjs', '/docs/*', 'CA', [s('docs'), all]],
        ['$a/$b.mjs', '/:a/:b', 'BB', [p('a'), p('b')]],
        ['$a/index.mjs', '/:a', 'BD', [p('a')]],
        ['$a/$$.js', '/:a/*', 'BA', [p('a'), all]],
        ['.well-known/webfinger.mjs', '/.well-known/webfinger', 'CC', [s('.well-known'), s('webfinger')]],
        ['users/$user-id.mjs', '/users/:user-id', 'CB', [s('users'), p('user', '-id')]],
        ['users/$user-ID.mjs', '/users/:user-ID', 'CB', [s('users'), p('user', '-id')]],
        ['$bad-name!.mjs', '/:bad-name!', 'B', [p('bad', '-name!')]],
        ['$id.json.mjs', '/:id.json', 'B', [p('id', '.json')]],
        ['$Item_2.mjs', '/:Item_2', 'B', [p('Item_2')]],
        ['myindex.mjs', '/myindex', 'C', [s('myindex')]],
        ['Index.mjs', '/Index', 'C', [s('index')]],
        ['index/about.mjs', '/index/about', 'CC', [s('index'), s('about')]],
        ['café.mjs', '/café', 'C', [s('café')]],
        ['cafe\u0301.mjs', '/cafe\u0301', 'C', [s('café')]],
        ['a.b.mjs', '/a.b', 'C', [s('a.b')]],
        ['100%.mjs', '/100%', 'C', [s('100%')]],
        ['my page.html', '/my page', 'C', [s('my page')]],
        ['a/b/c/d.mjs', '/a/b/c/d', 'CCCC', [s('a'), s('b'), s('c'), s('d')]],
    ];
    for (const [relPath, pattern, weight, segments] of cases) {
        it(`${relPath} → ${pattern} (${weight})`, () => {
            const expected = { status: 'route', pattern, weight, segments };
            assert.deepEqual(parseRoutePath(relPath, extensions), expected);
        });
    }
    it('uses the longest matching extension', () => {
        const parsed = parseRoutePath('types.d.ts', ['.ts', '.d.ts']);
        const expected = { status: 'route', pattern: '/types', weight: 'C', segments: [s('types')] };
        assert.deepEqual(parsed, expected);
    });
    it('handles an oversized name and a deep path', () => {
        const long = 'A'.repeat(10_000);
        assert.deepEqual(parseRoutePath(`${long}.mjs`, extensions), {
            status: 'route',
            pattern: `/${long}`,
            weight: 'C',
            segments: [s('a'.repeat(10_000))],
        });
        const deep = parseRoutePath(`${'x/'.repeat(1000)}$id.mjs`, extensions);
        assert.equal(deep.status, 'route');
        if (deep.status === 'route') {
            assert.equal(deep.weight, `${'C'.repeat(1000)}B`);
            assert.equal(deep.segments.length, 1001);
        }
    });
});
describe('parseRoutePath: files that are not routes', () => {
    const cases = [
        'robots.txt',
        '.DS_Store',
        '.hidden.mjs',
        '._about.html',
        'notes/.gitkeep',
        'README',
        'about.MJS',
        '.mjs',
        'mjs',
        'component.ts',
        'style.css',
    ];
    for (const relPath of cases) {
        it(`ignores ${relPath}`, () => {
            assert.deepEqual(parseRoutePath(relPath, extensions), { status: 'ignored' });
        });
    }
});
describe('parseRoutePath: refused names', () => {
    const cases = [
        ['$$/a.mjs', /folder named "\$\$" is not a catch-all.*"\$\$\.mjs"/],
        ['x/$$/index.mjs', /folder named "\$\$"/],
        ['$$x.mjs', /"\$\$x" mixes "\$\$" with other text/],
        ['x$$.mjs', /"x\$\$" mixes "\$\$"/],
        ['a$$b/c.mjs', /"a\$\$b" mixes/],
        ['$.mjs', /"\$" starts with "\$" but no param name follows.*"\$id"/],
        ['$-x.mjs', /"\$-x" starts with "\$" but no param name/],
        ['$!bad.mjs', /no param name follows/],
        ['$a$b.mjs', /more than one "\$".*"\$a\/\$b"/],
        ['a$b.mjs', /"a\$b" has "\$" inside it/],
        ['$a/x/$a.mjs', /param "a" appears twice/],
        ['$__proto__.mjs', /"\$__proto__" would be lost/],
    ];
    for (const [relPath, problem] of cases) {
        it(`refuses ${relPath}`, () => {
            const parsed = parseRoutePath(relPath, extensions);
            assert.equal(parsed.status, 'invalid');
            if (parsed.status === 'invalid')
                assert.match(parsed.problem, problem);
        });
    }
});
describe('normaliseSegmentText', () => {
    it('folds case and Unicode composition', () => {
        assert.equal(normaliseSegmentText('ABC-x'), 'abc-x');
        assert.equal(normaliseSegmentText('CAFE\u0301'), 'café');
        assert.equal(normaliseSegmentText('Ünïcödé'), 'ünïcödé');
    });
});
describe('compareRoutes / sortRoutes (enhance-compat §1.3)', () => {
    it('puts the most specific route first', () => {
        const files = [
            '$$.mjs',
            '$a/$b.mjs',
            'docs/$$.mjs',
            'docs.mjs',
            'docs/index.mjs',
            'docs/$slug.mjs',
            'docs/intro.mjs',
            'index.mjs',
            '$a/index.mjs',
            'about.mjs',
        ];
        const order = sortRoutes(files.map(entryOf)).map((route) => route.relPath);
        assert.deepEqual(order, [
            'index.mjs', // D: 'D' > 'CD' as strings
            'docs/index.mjs', // CD
            'docs/intro.mjs', // CC
            'docs/$slug.mjs', // CB
            'docs/$$.mjs', // CA
            'about.mjs', // C, tie with docs.mjs broken by relPath
            'docs.mjs', // C
            '$a/index.mjs', // BD
            '$a/$b.mjs', // BB
            '$$.mjs', // A
        ]);
    });
    it('puts a longer param suffix first when weights tie', () => {
        const routes = ['$id.mjs', '$id-edit.mjs', '$x-e.mjs'].map(entryOf);
        const order = sortRoutes(routes).map((r) => r.relPath);
        assert.deepEqual(order, ['$id-edit.mjs', '$x-e.mjs', '$id.mjs']);
    });
    it('is a consistent order: antisymmetric and zero only for the same file', () => {
        const files = ['a.mjs', 'b.mjs', '$a.mjs', '$a-x.mjs', 'a/$$.mjs', 'a/index.mjs'];
        const entries = files.map(entryOf);
        for (const a of entries) {
            for (const b of entries) {
                assert.equal(Math.sign(compareRoutes(a, b)) + Math.sign(compareRoutes(b, a)), 0);
                assert.equal(compareRoutes(a, b) === 0, a.relPath === b.relPath);
            }
        }
    });
});
describe('findRouteConflicts / describeRouteConflicts', () => {
    it('groups routes that match the same URLs and leaves distinct ones alone', () => {
        const files = ['a.mjs', 'a/index.mjs', 'a.js', '$x.mjs', '$y.mjs', '$y-z.mjs', 'b.mjs', 'b/$$.mjs'];
        const groups = findRouteConflicts(files.map(entryOf)).map((group) => group.map((r) => r.relPath));
        assert.deepEqual(groups, [
            ['a.mjs', 'a/index.mjs', 'a.js'],
            ['$x.mjs', '$y.mjs'],
        ]);
    });
    it('names every file and the fix', () => {
        const routes = ['a.mjs', 'a/index.mjs', 'a.js', '$x.mjs', '$y.mjs'].map(entryOf);
        const lines = describeRouteConflicts(routes, (file) => file.slice(1));
        assert.deepEqual(lines, [
            'app/api/a.js, app/api/a.mjs and app/api/a/index.mjs all match /a. ' +
                'Remove or rename all but one of them.',
            'app/api/$x.mjs and app/api/$y.mjs both match /:x and /:y. Remove or rename one of them.',
        ]);
    });
});
//# sourceMappingURL=route-parse.test.js.map