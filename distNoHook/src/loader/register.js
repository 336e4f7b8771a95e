import { realpath } from 'node:fs/promises';
import { register } from 'node:module';
import { resolve } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
/** One hook per process: `module.register` adds a new hook on every call. */
let registration;
/**
 * Installs the app module hook (`hooks.ts`) once per process, and tells it about the project in
 * `root`, so `.ts` / `.mts` modules load and the app's modules go through the transform chain.
 * Idempotent: later calls only add their root. Resolves once the hook knows the root, so an
 * `import()` after it is transformed. Also turns on source maps, so stack traces name the lines
 * of the file as written.
 *
 * @example
 * await registerAppLoader({ root: '/srv/site' });
 * await import('/srv/site/app/api/notes.ts');
 */
export async function registerAppLoader(options) { return;
    const root = resolve(options.root);
    const hook = (registration ??= startHook());
    // Node names modules by their real path: a project reached through a symlink (macOS's /var is
    // /private/var) must be known by that path too.
    const real = await realpath(root).catch(() => root);
    await Promise.all([...new Set([root, real])].map((folder) => addRoot(hook, folder)));
}
function addRoot(hook, root) {
    let added = hook.roots.get(root);
    if (added === undefined) {
        added = sendRoot(hook, root);
        hook.roots.set(root, added);
    }
    return added;
}
function startHook() {
    process.setSourceMapsEnabled(true);
    const { port1, port2 } = new MessageChannel();
    const waiting = new Map();
    port1.on('message', (reply) => {
        waiting.get(reply.id)?.();
        waiting.delete(reply.id);
        if (waiting.size === 0)
            port1.unref();
    });
    port1.unref();
    register('./hooks.js', import.meta.url, { data: { port: port2 }, transferList: [port2] });
    return { port: port1, waiting, roots: new Map(), nextId: 1 };
}
function sendRoot(registration, root) {
    const id = registration.nextId++;
    return new Promise((done) => {
        registration.waiting.set(id, done);
        // Keep the process alive until the hook answers; unref'd again once nothing is waiting.
        registration.port.ref();
        registration.port.postMessage({ id, root });
    });
}
//# sourceMappingURL=register.js.map