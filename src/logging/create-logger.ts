import { createRequire } from 'node:module';
import type * as Pino from 'pino';
import type { DestinationStream } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { Logger, RequestLogLine } from '../common/logger.js';

/** `json`: one JSON object per line (production); `pretty`: coloured lines for a person (dev). */
export type LogFormat = 'json' | 'pretty';

export interface CreateLoggerOptions {
  readonly format: LogFormat;
  /** Where lines go; default stdout. */
  readonly destination?: NodeJS.WritableStream;
}

/** A Logger that also logs one line per request, and can flush what it buffered before exit. */
export interface RequestLogger extends Logger {
  request(line: RequestLogLine): void;
  /** Writes out buffered lines; call before `process.exit`. */
  flush(): void;
}

/**
 * A pino logger behind Uplift's Logger interface. Each request becomes one line with `id`,
 * `method`, `path`, `status` and `ms`; its message repeats them so the pretty form reads alone.
 *
 * @example
 * import { createApp, createLogger } from 'uplift-html';
 * const app = await createApp({ root: '.', logger: createLogger({ format: 'json' }) });
 */
export function createLogger(options: CreateLoggerOptions): RequestLogger {
  const pino = loadPino();
  const destination = options.format === 'pretty' ? prettyStream(options.destination) : jsonStream(pino, options.destination);
  const log = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  return {
    error: (message) => log.error(message),
    warn: (message) => log.warn(message),
    info: (message) => log.info(message),
    request: (line) => log.info(line, `${line.method} ${line.path} ${line.status} ${line.ms}ms (id ${line.id})`),
    flush: () => {
      const sonic = destination as { flushSync?: () => void };
      sonic.flushSync?.();
    },
  };
}

const requireHere = createRequire(import.meta.url);

/**
 * pino is some thirty CommonJS modules: it is loaded when a logger is made, so a process that
 * imports Uplift and logs through its own logger (tests, embedders) never loads it.
 */
function loadPino(): typeof Pino.pino {
  return (requireHere('pino') as typeof Pino).pino;
}

function jsonStream(pino: typeof Pino.pino, destination: NodeJS.WritableStream | undefined): DestinationStream {
  // Asynchronous writes keep logging off the request's path; flush() empties the buffer on exit.
  return destination ?? pino.destination({ dest: 1, sync: false });
}

function prettyStream(destination: NodeJS.WritableStream | undefined): DestinationStream {
  const target = destination ?? process.stdout;
  // Required only for the pretty form: production and tests (JSON or no log) never load it.
  const pretty = requireHere('pino-pretty') as typeof PinoPretty;
  return pretty({
    destination: target,
    sync: true,
    colorize: (target as { isTTY?: boolean }).isTTY === true,
    ignore: 'id,method,path,status,ms',
    translateTime: 'HH:MM:ss.l',
  });
}
