import { parseArgs } from 'node:util';
import { UpliftError } from '../shared/errors.js';
import { devWorkerEnv, restartExitCode, superviseDevWorkers } from '../dev/supervise.js';
import { dev } from './commands/dev.js';
import { start } from './commands/start.js';

const usage = `Usage: uplift <command> [options]

Commands:
  start [root]    Serve the app in root (default: the current folder)
  dev [root]      Serve it in dev mode: rebuild on change, reload open pages

Options:
  --port N        Port to listen on (default: $PORT or 3333)
  --host H        Host to listen on (default: 127.0.0.1)
  --dev           Same as the dev command
  -h, --help      Show this help
`;

/** The only file that calls process.exit. */
async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      dev: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, root = '.'] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(usage);
    return;
  }
  if (command !== 'start' && command !== 'dev') throw new UsageError(`Unknown command "${command}".`);
  const options = { root, port: readPort(values.port ?? process.env.PORT), host: values.host };
  const devMode = command === 'dev' || values.dev === true;
  // `uplift dev` runs in a worker process that its parent replaces now and then (src/dev/supervise.ts).
  if (devMode && process.env[devWorkerEnv] === undefined) process.exit(await superviseDevWorkers(process.argv[1] as string, argv));
  const server = devMode ? await dev(options, () => stop('restarting to free old module versions', restartExitCode)) : await start(options);
  function stop(reason: string, code = 0): void {
    process.stdout.write(`${reason}: finishing in-flight requests, then exiting\n`);
    server.close(10_000).then(() => process.exit(code), () => process.exit(1));
  }
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  // A dev worker whose supervisor is gone (killed outright) has no one to serve for.
  process.once('disconnect', () => stop('the uplift dev supervisor exited'));
}

class UsageError extends Error {}

function readPort(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${value}".`);
  return port;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`uplift: ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  if (error instanceof UpliftError) {
    process.stderr.write(`uplift: ${error.message}\n`);
    process.exit(1);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    process.stderr.write(`uplift: cannot listen: ${(error as Error).message}. Choose another port with --port.\n`);
    process.exit(1);
  }
  process.stderr.write(`uplift: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
