import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
/** A command line the soak cannot run; the message says which argument and what it accepts. */
export class SoakArgsError extends Error {
}
/** Accepted ranges: an hour of traffic at most, and enough clients to load a server, not a host. */
export const soakLimits = {
    seconds: { min: 1, max: 3600 },
    clients: { min: 1, max: 256 },
};
const maxArgLength = 4096;
/**
 * Reads `--seconds N` (default 60), `--root DIR` (default `defaultRoot`), `--clients N` (default 16)
 * and `--help`. Throws `SoakArgsError` for anything else, a missing value, or a number out of range.
 *
 * @example
 * parseSoakArgs(['--seconds', '5'], '/repo/example'); // { seconds: 5, root: '/repo/example', clients: 16, help: false }
 */
export function parseSoakArgs(argv, defaultRoot) {
    argv.forEach((arg, index) => {
        if (arg.length > maxArgLength)
            throw new SoakArgsError(`argument ${index + 1} is ${arg.length} characters long; the limit is ${maxArgLength}.`);
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
                help: { type: 'boolean', short: 'h' },
            },
        }));
    }
    catch (error) {
        throw new SoakArgsError(`${error.message} Usage: npm run soak -- [--seconds N] [--root DIR] [--clients N]`);
    }
    if (values.root !== undefined && values.root.trim() === '')
        throw new SoakArgsError('--root needs a folder (the one holding app/).');
    return {
        seconds: readNumber('--seconds', values.seconds, 60, soakLimits.seconds, false),
        clients: readNumber('--clients', values.clients, 16, soakLimits.clients, true),
        root: resolve(values.root ?? defaultRoot),
        help: values.help === true,
    };
}
function readNumber(name, value, fallback, range, integer) {
    if (value === undefined)
        return fallback;
    // Plain decimal only: `Number` would also take '0x10', '1e3' and ' 5 '.
    const pattern = integer ? /^\d{1,6}$/ : /^\d{1,6}(?:\.\d{1,3})?$/;
    const number = Number(value);
    if (!pattern.test(value) || number < range.min || number > range.max) {
        const kind = integer ? 'a whole number' : 'a number';
        throw new SoakArgsError(`${name} "${value.slice(0, 40)}" is not ${kind} from ${range.min} to ${range.max}.`);
    }
    return number;
}
//# sourceMappingURL=parse-soak-args.js.map