import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UpliftError } from '../common/errors.js';
import type { CliCommand } from './command.js';
import { restartExitCode } from '../dev/supervise.js';

/**
 * Each command is imported only when it runs: `start` loads most of Uplift, which `--version`,
 * `--help` and `new` never need.
 */
const commands: Readonly<Record<string, () => Promise<CliCommand>>> = {
  start: async () => (await import('./commands/start.js')).startCommand,
  dev: async () => (await import('./commands/dev.js')).devCommand,
  routes: async () => (await import('./commands/routes.js')).routesCommand,
  new: async () => (await import('./commands/new.js')).newCommand,
};

async function usage(): Promise<string> {
  const lines = (await Promise.all(Object.values(commands).map((load) => load()))).map((command) => `  ${command.summary}`);
  return `Usage: uplift <command> [options]

Commands:
${lines.join('\n')}

Options:
  -h, --help       Show help (uplift <command> --help for a command's options)
  -v, --version    Print the version
`;
}

function version(): string {
  // dist/src/cli/main.js → the package root.
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return `${manifest.name} ${manifest.version}\n`;
}

/** The only file that calls process.exit. */
async function main(argv: string[]): Promise<void> {
  const [name] = argv;
  if (name === '-v' || name === '--version') return void process.stdout.write(version());
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') return void process.stdout.write(await usage());
  const command = Object.hasOwn(commands, name) ? await commands[name]?.() : undefined;
  if (command === undefined) throw new UpliftError('UPLIFT_USAGE', `Unknown command "${name}". Run \`uplift --help\` for the list.`);
  const { values, positionals } = parseArgs({
    args: argv.slice(1),
    allowPositionals: true,
    options: { ...command.options, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) return void process.stdout.write(command.help());
  // Signals are handled before the command runs: a signal that arrives just after the server
  // printed its URL must drain and exit 0, not hit node's default and kill the process.
  let server: Awaited<ReturnType<typeof command.run>>;
  const stop = (reason: string, code = 0): void => {
    if (server === undefined) process.exit(0);
    process.stdout.write(`${reason}: finishing in-flight requests, then exiting\n`);
    const running = server;
    const exit = (status: number): void => {
      running.logger?.flush?.();
      process.exit(status);
    };
    running.close(10_000).then(() => exit(code), () => exit(1));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  server = await command.run(values, positionals);
  if (server === undefined) {
    process.removeAllListeners('SIGTERM');
    process.removeAllListeners('SIGINT');
    return;
  }
  void server.restart?.then(() => stop('restarting to free old module versions', restartExitCode));
  // A dev worker whose supervisor is gone (killed outright) has no one to serve for.
  process.once('disconnect', () => stop('the uplift dev supervisor exited'));
}

/** Every error is one line naming its code (docs/errors.md); only a bug in Uplift shows a stack. */
function report(error: unknown): never {
  if (error instanceof UpliftError) {
    process.stderr.write(`uplift: ${error.code}: ${error.message}\n`);
    if (error.code === 'UPLIFT_USAGE') process.stderr.write('Run `uplift --help` (or `uplift <command> --help`) for usage.\n');
    process.exit(error.code === 'UPLIFT_USAGE' ? 2 : 1);
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`uplift: UPLIFT_USAGE: ${error.message}\nRun \`uplift --help\` (or \`uplift <command> --help\`) for usage.\n`);
    process.exit(2);
  }
  process.stderr.write(`uplift: UPLIFT_INTERNAL: an unexpected error, probably a bug in Uplift; please report it with this stack:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}

main(process.argv.slice(2)).catch(report);
