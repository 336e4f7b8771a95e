/**
 * App code as the app loader serves it: compiled test modules copied to a temporary folder after
 * the markup transform (src/loader/tag-markup.ts), keeping their relative layout, so a test can
 * import the same element code untagged (for `@enhance/ssr`) and tagged (for Uplift).
 */
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { tagMarkup } from '../../src/loader/tag-markup.js';
/** Copies `files` (absolute paths under `base`) through the transform; returns the copy's base. */
export async function taggedCopy(base, files) {
    const root = await tempFolder();
    for (const file of files) {
        const source = await readFile(file, 'utf8');
        const target = join(root, relative(base, file));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, tagMarkup(source)?.code ?? source);
    }
    return root;
}
/** Writes one module's source through the transform and imports it. */
export async function importTagged(source, name = 'module.mjs') {
    const root = await tempFolder();
    const file = join(root, name);
    await writeFile(file, tagMarkup(source)?.code ?? source);
    return (await import(file));
}
/** A temporary folder removed when the process exits (test files import from it until then). */
async function tempFolder() {
    const root = await mkdtemp(join(tmpdir(), 'uplift-tagged-'));
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    return root;
}
//# sourceMappingURL=tagged-copy.js.map