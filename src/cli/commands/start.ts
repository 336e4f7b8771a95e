import { resolve } from 'node:path';
import { applyCommonOptions, commonOptionsHelp, commonParseOptions } from '../../config/cli-options.js';
import type { UpliftConfig } from '../../config/config-schema.js';
import { loadConfig } from '../../config/load-config.js';
import { createLogger } from '../../logging/create-logger.js';
import { listenError } from '../listen-error.js';
import { logFormat } from '../log-format.js';
import { createApp } from '../../server/create-app.js';
import type { RunningServer } from '../../server/listen.js';
import { UpliftError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { registerAppLoader } from '../../loader/register.js';
import type { CliCommand } from '../command.js';

export interface StartOptions {
  root: string;
  port?: number;
  host?: string;
  dev?: boolean;
  /** The options from uplift.config.mjs, flags and environment, already merged. */
  config?: UpliftConfig;
  /** Environment for the log format and the app's secrets. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/** A started server, and the logger to flush before the process exits. */
export interface StartedServer extends RunningServer {
  readonly logger: Logger & { flush?(): void };
}

/**
 * `uplift start`: loads the app, listens, and prints `listening on <url>` once ready. Returns the
 * running server so the caller decides how to stop it.
 */
export async function start(options: StartOptions): Promise<StartedServer> {
  const { port, host, headersTimeout, requestTimeout, ...appOptions } = options.config ?? {};
  const env = options.env ?? process.env;
  const dev = options.dev ?? appOptions.dev ?? false;
  const format = logFormat(env, dev);
  const logger = appOptions.logger ?? (format === 'off' ? undefined : createLogger({ format }));
  const app = await createApp({ ...appOptions, root: resolve(options.root), dev, env, ...(logger ? { logger } : {}) });
  const listenOn = { port: options.port ?? port ?? 3333, host: options.host ?? host ?? '127.0.0.1' };
  const server = await app.listen({ ...listenOn, headersTimeout, requestTimeout }).catch((error: unknown) => {
    throw listenError(error, listenOn);
  });
  process.stdout.write(`listening on ${server.url}\n`);
  return Object.assign(server, { logger: app.logger });
}

/** `uplift start [root]`. */
export const startCommand: CliCommand = {
  summary: 'start [root]     Serve the app in root (default: the current folder)',
  help: () => `Usage: uplift start [root] [options]

Serves the app in root (the folder holding app/). Options come from root/uplift.config.mjs, then
environment variables, then these flags; a flag wins (docs/configuration.md lists every option).

Options:
${commonOptionsHelp([
  ['--config FILE', 'Read options from FILE instead of root/uplift.config.mjs'],
  ['--dev', 'The same as `uplift dev`: rebuild on change, reload open pages (docs/dev.md)'],
  ['-h, --help', 'Show this help'],
])}

One line is logged per request: $UPLIFT_LOG=json|pretty|off chooses the form (default: pretty on a
terminal or with --dev, JSON otherwise and always when NODE_ENV=production, off when NODE_ENV=test).
`,
  options: { ...commonParseOptions(), config: { type: 'string' }, dev: { type: 'boolean' } },
  async run(values, positionals) {
    // `start --dev` is `uplift dev`: watching, rebuilding and reloading.
    if (values['dev'] === true) return (await import('./dev.js')).devCommand.run(values, positionals);
    const [root = '.'] = positionals;
    // Before the config file, which may be TypeScript too.
    await registerAppLoader({ root });
    const { config } = await loadConfig(resolve(root), values['config'] as string | undefined);
    const merged = applyCommonOptions(config, process.env, values);
    return start({ root, config: merged });
  },
};
