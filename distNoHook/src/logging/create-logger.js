import { pino } from 'pino';
import pretty from 'pino-pretty';
/**
 * A pino logger behind Uplift's Logger interface. Each request becomes one line with `id`,
 * `method`, `path`, `status` and `ms`; its message repeats them so the pretty form reads alone.
 *
 * @example
 * import { createApp, createLogger } from 'uplift-html';
 * const app = await createApp({ root: '.', logger: createLogger({ format: 'json' }) });
 */
export function createLogger(options) {
    const destination = options.format === 'pretty' ? prettyStream(options.destination) : jsonStream(options.destination);
    const log = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
    return {
        error: (message) => log.error(message),
        warn: (message) => log.warn(message),
        info: (message) => log.info(message),
        request: (line) => log.info(line, `${line.method} ${line.path} ${line.status} ${line.ms}ms (id ${line.id})`),
        flush: () => {
            const sonic = destination;
            sonic.flushSync?.();
        },
    };
}
function jsonStream(destination) {
    // Asynchronous writes keep logging off the request's path; flush() empties the buffer on exit.
    return destination ?? pino.destination({ dest: 1, sync: false });
}
function prettyStream(destination) {
    const target = destination ?? process.stdout;
    return pretty({
        destination: target,
        sync: true,
        colorize: target.isTTY === true,
        ignore: 'id,method,path,status,ms',
        translateTime: 'HH:MM:ss.l',
    });
}
//# sourceMappingURL=create-logger.js.map