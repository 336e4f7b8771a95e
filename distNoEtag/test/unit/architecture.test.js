import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { it } from 'node:test';
/**
 * The layers of docs/ARCHITECTURE.md, checked on the real import graph of `src/`:
 * - no cycle between folders (the public entry `index.ts` and the public types `types.ts` count as
 *   nodes of their own: `types.ts` is a leaf, `index.ts` the top);
 * - only the pipeline's callers (the server, the dev server, the CLI, the public entry) import `core/`;
 * - adapters import only the shared HTTP shapes and the shared leaves.
 */
const srcRoot = resolve(import.meta.dirname, '..', '..', '..', 'src');
const mayImportCore = new Set(['server', 'dev', 'cli', 'config', 'index.ts']);
const adapterAllowed = new Set(['http', 'common', 'types.ts']);
async function sourceFiles(dir) {
    const entries = await readdir(dir, { withFileTypes: true });
    const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : Promise.resolve(entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))));
    return nested.flat();
}
/** The graph node of a file: its top folder under src/, or its own name at the top level. */
function nodeOf(pathFromSrc) {
    const parts = pathFromSrc.split('/');
    return parts.length > 1 ? parts[0] : parts[0].replace(/\.js$/, '.ts');
}
/**
 * Node → the nodes it imports, from every relative `import`/`export … from` (type imports
 * included) in the files under `root`; `nodeName` names a file's node from its path under `root`.
 * Imports that leave `root` are not edges.
 */
async function importGraph(root, nodeName) {
    const graph = new Map();
    for (const file of await sourceFiles(root)) {
        const from = nodeName(relative(root, file));
        const text = await readFile(file, 'utf8');
        for (const match of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
            const target = relative(root, resolve(join(file, '..'), match[1]));
            if (target.startsWith('..'))
                continue;
            const to = nodeName(target);
            if (to === from)
                continue;
            if (!graph.has(from))
                graph.set(from, new Set());
            graph.get(from)?.add(to);
        }
    }
    return graph;
}
/** Folder → the folders it imports, over all of src/. */
function folderGraph() {
    return importGraph(srcRoot, nodeOf);
}
/** Every cycle's path, found by depth-first search (the graph has a dozen nodes). */
function findCycles(graph) {
    const cycles = [];
    const state = new Map();
    const walk = (node, path) => {
        state.set(node, 'open');
        for (const next of graph.get(node) ?? []) {
            if (state.get(next) === 'open')
                cycles.push([...path.slice(path.indexOf(next)), node, next].join(' → '));
            else if (!state.has(next))
                walk(next, [...path, node]);
        }
        state.set(node, 'done');
    };
    for (const node of graph.keys())
        if (!state.has(node))
            walk(node, []);
    return cycles;
}
it('has no import cycle between folders', async () => {
    assert.deepEqual(findCycles(await folderGraph()), []);
});
it('finds a cycle when there is one (the check itself can fail)', () => {
    const graph = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]);
    assert.deepEqual(findCycles(graph), ['a → b → c → a']);
});
const ssrRoot = join(srcRoot, 'ssr');
it('has no import cycle between the renderer stages (subfolders of src/ssr)', async () => {
    const graph = await importGraph(ssrRoot, nodeOf);
    assert.ok(graph.size >= 5, 'the renderer is grouped in stage folders');
    assert.deepEqual(findCycles(graph), []);
});
it('has no import cycle between the files of src/ssr', async () => {
    const graph = await importGraph(ssrRoot, (path) => path.replace(/\.js$/, '.ts'));
    assert.deepEqual(findCycles(graph), []);
});
it('lists every cache of src/ssr in docs/ARCHITECTURE.md', async () => {
    const architecture = await readFile(join(srcRoot, '..', 'docs', 'ARCHITECTURE.md'), 'utf8');
    const unlisted = [];
    let caches = 0;
    for (const file of await sourceFiles(ssrRoot)) {
        // Module-level maps outlive a render; those typed Readonly are fixed tables, not caches.
        for (const match of (await readFile(file, 'utf8')).matchAll(/^(?:const|let) (\w+)(?::\s*(?!Readonly)[^=]+)? = new (?:Weak)?Map\b/gm)) {
            caches++;
            const row = `| \`${relative(ssrRoot, file)}\` \`${match[1]}\` |`;
            if (!architecture.includes(row))
                unlisted.push(row);
        }
    }
    assert.ok(caches >= 8, `found ${caches} caches`);
    assert.deepEqual(unlisted, []);
});
it('lets only the server, the dev server, the CLI, the config and the public entry import core/', async () => {
    const importers = [...(await folderGraph())].filter(([from, to]) => to.has('core') && !mayImportCore.has(from)).map(([from]) => from);
    assert.deepEqual(importers, []);
});
it('keeps adapters to the shared HTTP shapes', async () => {
    const adapters = (await folderGraph()).get('adapters') ?? new Set();
    assert.deepEqual([...adapters].filter((to) => !adapterAllowed.has(to)), []);
});
it('keeps modules small enough to read (under 300 lines)', async () => {
    const large = [];
    for (const file of await sourceFiles(srcRoot)) {
        const lines = (await readFile(file, 'utf8')).split('\n').length;
        if (lines > 300)
            large.push(`${relative(srcRoot, file)}: ${lines} lines`);
    }
    assert.deepEqual(large, []);
});
//# sourceMappingURL=architecture.test.js.map