import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UpliftError } from '../../common/errors.js';
import { newAppFiles } from '../new-app-files.js';
/** This package's root: dist/src/cli/commands/new.js is four levels below it. */
const packageRoot = fileURLToPath(new URL('../../../../', import.meta.url)).replace(/[\\/]$/, '');
/**
 * Writes a new app into `dir` (created if missing; it must be empty) and returns the paths written.
 * The app depends on this package by path, so `npm install` needs no registry.
 */
export async function createProject(dir) {
    const target = resolve(dir);
    const existing = await readdir(target).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw new UpliftError('UPLIFT_NEW_TARGET', `cannot use ${target} for the new app: ${error.message}. Name a new folder.`);
    });
    if (existing.length > 0) {
        throw new UpliftError('UPLIFT_NEW_TARGET', `${target} is not empty (it holds ${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}). Name a new or empty folder.`);
    }
    const files = newAppFiles(packageName(basename(target)), packageRoot);
    for (const [path, content] of Object.entries(files)) {
        await mkdir(dirname(join(target, path)), { recursive: true });
        await writeFile(join(target, path), content, { flag: 'wx' });
    }
    return Object.keys(files);
}
/** npm names are lower-case URL-safe words; a folder name is made into one. */
function packageName(folder) {
    const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '').slice(0, 200);
    return name === '' ? 'uplift-app' : name;
}
/** `uplift new <dir>`. */
export const newCommand = {
    summary: 'new <dir>        Create a new app in dir: a page, an element, an API route, a test',
    help: () => `Usage: uplift new <dir>

Creates a new app in dir (a new or empty folder): app/ with a page, an element, an API route with a
form and the head; public/; a test over real HTTP; a README; uplift.config.mjs. Its package.json
depends on this copy of Uplift by path.

Options:
  -h, --help   Show this help
`,
    options: {},
    async run(_values, [dir]) {
        if (dir === undefined)
            throw new UpliftError('UPLIFT_USAGE', 'uplift new needs a folder name: `uplift new my-app`.');
        const written = await createProject(dir);
        const shown = relative(process.cwd(), resolve(dir)) || '.';
        process.stdout.write(`Created ${shown}/ with ${written.length} files. Next:\n\n  cd ${shown}\n  npm install\n  npm start\n\n`);
    },
};
//# sourceMappingURL=new.js.map