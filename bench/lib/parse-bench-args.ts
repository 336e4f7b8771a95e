/**
 * Command-line arguments for `npm run bench -- [--suite json,ssr,page] [--seconds N]`.
 */

/** What the runner was asked to do. */
export interface BenchArgs {
  /** Suite names in the order given, without duplicates. */
  readonly suites: readonly string[];
  /** Measured window per target, seconds. */
  readonly seconds: number;
  readonly help: boolean;
}

/** Shortest and longest windows accepted: below 1 s autocannon's per-second samples are noise, above 120 s the run stops being a quick check. */
export const secondsRange: { readonly min: number; readonly max: number } = { min: 1, max: 120 };
const defaultSeconds = 5;
const maxArgLength = 200;

/**
 * Parse argv (without `node` and the script). Throws an Error whose message names the bad argument
 * and the fix. `knownSuites` is both the default selection and the allow-list.
 */
export function parseBenchArgs(argv: readonly string[], knownSuites: readonly string[]): BenchArgs {
  let suites: readonly string[] = knownSuites;
  let seconds = defaultSeconds;
  let help = false;
  const tooLong = argv.findIndex((arg) => arg.length > maxArgLength);
  if (tooLong >= 0) {
    throw new Error(`bench: argument ${tooLong + 1} is ${argv[tooLong]!.length} characters long; no bench option takes more than ${maxArgLength}.`);
  }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const [flag, inline] = splitFlag(arg);
    if (flag === '--help' || flag === '-h') {
      help = true;
      continue;
    }
    if (flag !== '--suite' && flag !== '--seconds') {
      throw new Error(`bench: unknown argument "${arg}"; use --suite ${knownSuites.join(',')} and/or --seconds N.`);
    }
    const value = inline ?? argv[++index];
    if (value === undefined || value === '' || value.startsWith('--')) {
      throw new Error(`bench: ${flag} needs a value, e.g. ${flag === '--suite' ? '--suite json' : '--seconds 5'}.`);
    }
    if (flag === '--suite') suites = parseSuites(value, knownSuites);
    else seconds = parseSeconds(value);
  }
  return { suites, seconds, help };
}

function splitFlag(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return arg.startsWith('--') && equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
}

/**
 * A `--suite` value (`json,page`) as known suite names, without duplicates. Throws an Error that
 * names each unknown suite and the choices.
 */
export function parseSuites(value: string, knownSuites: readonly string[]): string[] {
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !knownSuites.includes(name));
  if (unknown.length > 0) {
    throw new Error(`bench: unknown suite ${unknown.map((name) => `"${name}"`).join(', ')}; choose from ${knownSuites.join(', ')} (comma-separated).`);
  }
  return [...new Set(names)];
}

function parseSeconds(value: string): number {
  // Number() alone would accept '', '0x10' and '1e1'; only plain decimals are a sensible duration.
  const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds >= secondsRange.min && seconds <= secondsRange.max)) {
    throw new Error(`bench: --seconds "${value}" is not a number from ${secondsRange.min} to ${secondsRange.max}; e.g. --seconds 5.`);
  }
  return seconds;
}
