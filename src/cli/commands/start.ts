import { resolve } from 'node:path';
import { applyCommonOptions, commonOptionsHelp, commonParseOptions } from '../../config/cli-options.js';
import type { UpliftConfig } from '../../config/config-schema.js';
import { loadConfig } from '../../config/load-config.js';
import { createLogger, type LogFormat } from '../../logging/create-logger.js';
import { createApp } from '../../server/create-app.js';
import type { RunningServer } from '../../server/listen.js';
import { UpliftError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
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

/**
 * `UPLIFT_LOG=json|pretty|off` chooses. Otherwise production and log collectors (stdout not a
 * terminal) get JSON lines, a person at a terminal or in dev gets pretty ones, tests get none.
 */
function logFormat(env: NodeJS.ProcessEnv, dev: boolean): LogFormat | 'off' {
  const chosen = env['UPLIFT_LOG'];
  if (chosen === 'json' || chosen === 'pretty' || chosen === 'off') return chosen;
  if (chosen !== undefined && chosen !== '') {
    throw new UpliftError('UPLIFT_USAGE', `UPLIFT_LOG must be json, pretty or off, got "${chosen}".`);
  }
  if (env['NODE_ENV'] === 'test') return 'off';
  if (env['NODE_ENV'] === 'production') return 'json';
  return dev || process.stdout.isTTY ? 'pretty' : 'json';
}

const listenCodes: Readonly<Record<string, string>> = {
  EADDRINUSE: 'the port is in use; choose another with --port (0 picks a free one)',
  EACCES: 'permission denied; ports below 1024 need privileges, so choose --port 1024 or above',
  EADDRNOTAVAIL: 'this machine has no such address; use --host 127.0.0.1, or 0.0.0.0 for every interface',
  ENOTFOUND: 'no such host name; use --host 127.0.0.1, or 0.0.0.0 for every interface',
  EAI_AGAIN: 'the host name could not be resolved; use an IP address such as 127.0.0.1',
};

/** A failed listen as one line that says what to do, instead of a stack. */
function listenError(error: unknown, on: { port: number; host: string }): unknown {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const hint = listenCodes[code];
  if (hint === undefined) return error;
  return new UpliftError('UPLIFT_LISTEN', `cannot listen on host "${on.host}" port ${on.port} (${code}): ${hint}.`, { cause: error });
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
  ['--dev', 'Dev mode: error pages show stacks'],
  ['-h, --help', 'Show this help'],
])}

One line is logged per request: $UPLIFT_LOG=json|pretty|off chooses the form (default: pretty on a
terminal or with --dev, JSON otherwise and always when NODE_ENV=production, off when NODE_ENV=test).
`,
  options: { ...commonParseOptions(), config: { type: 'string' }, dev: { type: 'boolean' } },
  async run(values, [root = '.']) {
    const { config } = await loadConfig(resolve(root), values['config'] as string | undefined);
    const merged = applyCommonOptions(config, process.env, values);
    return start({ root, config: merged, ...(values['dev'] === true ? { dev: true } : {}) });
  },
};
