import { basename, join, relative, sep } from 'node:path';
import { watch } from 'chokidar';
/** Editors save in bursts (write, rename, chmod); one rebuild per burst. */
const quietMs = 60;
/**
 * Watches `<root>/app` and `<root>/public` and calls `onChange` once per burst of changes
 * (debounced by 60 ms). Dotfiles and node_modules are ignored. Resolves once the watcher is ready,
 * so a change made after it is seen. Missing folders are fine: they are watched once created.
 */
export async function watchApp(root, onChange, onError) {
    // The project folder itself is watched, everything but app/ and public/ ignored: chokidar 4
    // reports `ready` too early when one of several watched paths does not exist yet.
    const watched = [join(root, 'app'), join(root, 'public')];
    const ignored = (path) => {
        if (path === root)
            return false;
        if (!watched.some((folder) => path === folder || path.startsWith(`${folder}${sep}`)))
            return true;
        return basename(path).startsWith('.') || path.split(sep).includes('node_modules');
    };
    const watcher = watch(root, { ignoreInitial: true, ignored });
    let pending = new Set();
    let timer;
    const flush = () => {
        const files = [...pending].sort();
        pending = new Set();
        timer = undefined;
        onChange({ files });
    };
    watcher.on('all', (_event, path) => {
        pending.add(relative(root, path).split(sep).join('/'));
        clearTimeout(timer);
        timer = setTimeout(flush, quietMs);
    });
    await new Promise((ready) => watcher.once('ready', ready));
    // A folder that cannot be watched (permissions, too many files) is reported, not fatal.
    watcher.on('error', (error) => onError(error instanceof Error ? error : new Error(String(error))));
    return {
        close: async () => {
            clearTimeout(timer);
            await watcher.close();
        },
    };
}
//# sourceMappingURL=watch-app.js.map