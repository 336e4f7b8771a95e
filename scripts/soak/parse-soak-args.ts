import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** What `npm run soak -- …` asked for. */
export interface SoakArgs {
  /** How long traffic runs, in seconds. */
  readonly seconds: number;
  /** The project folder (holding `app/`) the child serves, absolute. */
  readonly root: string;
  /** How many clients send requests at once. */
  readonly clients: number;
  /** Cycles each client runs at most, or undefined to run until `seconds` are up. */
  readonly cycles: number | undefined;
  readonly help: boolean;
}

/** A command line the soak cannot run; the message says which argument and what it accepts. */
export class SoakArgsError extends Error {}

/** Accepted ranges: an hour of traffic at most, and enough clients to load a server, not a host. */
export const soakLimits: { readonly seconds: Range; readonly clients: Range; readonly cycles: Range } = {
  seconds: { min: 1, max: 3600 },
  clients: { min: 1, max: 256 },
  cycles: { min: 1, max: 1_000_000 },
};

interface Range {
  readonly min: number;
  readonly max: number;
}

const maxArgLength = 4096;

/**
 * Reads `--seconds N` (default 60), `--root DIR` (default `defaultRoot`), `--clients N` (default 16),
 * `--cycles N` (default: no bound but the time) and `--help`. Throws `SoakArgsError` for anything
 * else, a missing value, or a number out of range.
 *
 * @example
 * parseSoakArgs(['--seconds', '5'], '/repo/example'); // { seconds: 5, root: '/repo/example', clients: 16, cycles: undefined, help: false }
 */
export function parseSoakArgs(argv: readonly string[], defaultRoot: string): SoakArgs {
  argv.forEach((arg, index) => {
    if (arg.length > maxArgLength) throw new SoakArgsError(`argument ${index + 1} is ${arg.length} characters long; the limit is ${maxArgLength}.`);
  });
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        seconds: { type: 'string' },
        root: { type: 'string' },
        clients: { type: 'string' },
        cycles: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new SoakArgsError(`${(error as Error).message} Usage: npm run soak -- [--seconds N] [--root DIR] [--clients N] [--cycles N]`);
  }
  if (values.root !== undefined && values.root.trim() === '') throw new SoakArgsError('--root needs a folder (the one holding app/).');
  return {
    seconds: readNumber('--seconds', values.seconds, 60, soakLimits.seconds, false),
    clients: readNumber('--clients', values.clients, 16, soakLimits.clients, true),
    cycles: readNumber('--cycles', values.cycles, undefined, soakLimits.cycles, true),
    root: resolve(values.root ?? defaultRoot),
    help: values.help === true,
  };
}

function readNumber<Fallback extends number | undefined>(name: string, value: string | undefined, fallback: Fallback, range: Range, integer: boolean): number | Fallback {
  if (value === undefined) return fallback;
  // Plain decimal only: `Number` would also take '0x10', '1e3' and ' 5 '.
  const pattern = integer ? /^\d{1,6}$/ : /^\d{1,6}(?:\.\d{1,3})?$/;
  const number = Number(value);
  if (!pattern.test(value) || number < range.min || number > range.max) {
    const kind = integer ? 'a whole number' : 'a number';
    throw new SoakArgsError(`${name} "${value.slice(0, 40)}" is not ${kind} from ${range.min} to ${range.max}.`);
  }
  return number;
}
