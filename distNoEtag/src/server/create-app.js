import { toNodeContinueListener, toNodeListener } from '../adapters/node.js';
import { loadApp } from '../core/app.js';
import { listen } from './listen.js';
/**
 * Loads the app in `root` (the folder holding `app/`) and returns its handler.
 *
 * @example
 * import { createApp } from 'uplift-html';
 * const app = await createApp({ root: process.cwd() });
 * const server = await app.listen({ port: 3333 });
 * console.log(`listening on ${server.url}`);
 */
export async function createApp(options) {
    const core = await loadApp(options);
    const handler = toNodeListener(core.handle, core.logger);
    const checkContinue = toNodeContinueListener(handler, core.settings.bodyLimit);
    return { ...core, handler, checkContinue, listen: (listenOptions = {}) => listen(handler, listenOptions, core.logger, checkContinue) };
}
//# sourceMappingURL=create-app.js.map