import { resolve } from 'node:path';
import { applyCommonOptions, commonOptionsHelp, commonParseOptions } from '../../config/cli-options.js';
import { loadConfig } from '../../config/load-config.js';
import { startDevServer } from '../../dev/dev-server.js';
import { devWorkerEnv, reportListening, superviseDevWorkers } from '../../dev/supervise.js';
import { registerAppLoader } from '../../loader/register.js';
import { createLogger } from '../../logging/create-logger.js';
import { listenError } from '../listen-error.js';
import { logFormat } from '../log-format.js';
/** Builds per worker process before it is replaced, bounding the memory old module versions hold. */
const defaultMaxBuilds = 100;
/**
 * `uplift dev [root]` (and `uplift start --dev`). The first process only supervises: it runs the
 * server in a worker process (the same command, `UPLIFT_DEV_WORKER` set) and replaces the worker
 * after `UPLIFT_DEV_MAX_BUILDS` builds (default 100). The worker serves the app in dev mode,
 * rebuilding and reloading open pages on every change under `app/` and `public/`, and prints
 * `listening on <url>` once ready.
 */
export const devCommand = {
    summary: 'dev [root]       Serve the app in dev mode: rebuild on change, reload open pages',
    help: () => `Usage: uplift dev [root] [options]

Serves the app in root in dev mode: watches app/ and public/, rebuilds on every change, reloads
open pages, shows a build error as a page with its file, line and column, and keeps sessions across
restarts (.uplift/dev-secret). Options as for \`uplift start\` (docs/configuration.md); docs/dev.md
describes the rest.

Options:
${commonOptionsHelp([
        ['--config FILE', 'Read options from FILE instead of root/uplift.config.mjs'],
        ['-h, --help', 'Show this help'],
    ])}
`,
    options: { ...commonParseOptions(), config: { type: 'string' }, dev: { type: 'boolean' } },
    async run(values, [root = '.']) {
        if (process.env[devWorkerEnv] === undefined) {
            // The supervisor: its exit code is the last worker's.
            process.exitCode = await superviseDevWorkers(process.argv[1], process.argv.slice(2));
            return undefined;
        }
        await registerAppLoader({ root });
        const { config } = await loadConfig(resolve(root), values['config']);
        const { port, host, headersTimeout, requestTimeout, ...appOptions } = applyCommonOptions(config, process.env, values);
        const format = logFormat(process.env, true);
        const logger = format === 'off' || appOptions.logger ? undefined : createLogger({ format });
        const builds = Number(process.env['UPLIFT_DEV_MAX_BUILDS'] || defaultMaxBuilds);
        let restart = () => undefined;
        const listenOn = { port: port ?? 3333, host: host ?? '127.0.0.1' };
        const server = await startDevServer({
            ...appOptions,
            root: resolve(root),
            ...(logger ? { logger } : {}),
            listen: { ...listenOn, headersTimeout, requestTimeout },
            buildLimit: { builds: Number.isInteger(builds) && builds > 1 ? builds : defaultMaxBuilds, reached: () => restart() },
        }).catch((error) => {
            throw listenError(error, listenOn);
        });
        process.stdout.write(`listening on ${server.url} (dev: watching app/ and public/; pages reload on save)\n`);
        reportListening(server.port);
        return Object.assign(server, { ...(logger ? { logger } : {}), restart: new Promise((resolve) => (restart = resolve)) });
    },
};
//# sourceMappingURL=dev.js.map