/**
 * What a results file needs to say about where and how it was measured: numbers from different
 * machines or commands are not comparable, so every table carries them.
 */
import os from 'node:os';
/** Describe this run from the process and the OS. */
export function describeRun(args, now = new Date()) {
    const cpus = os.cpus();
    // npm sets npm_lifecycle_event when the bench runs as `npm run bench`; report what the user typed.
    const viaNpm = process.env['npm_lifecycle_event'] === 'bench';
    const argText = args.map(quoteArg).join(' ');
    const command = viaNpm
        ? `npm run bench${argText === '' ? '' : ` -- ${argText}`}`
        : `node dist/bench/run.js${argText === '' ? '' : ` ${argText}`}`;
    return {
        date: now.toISOString(),
        node: process.version,
        cpu: cpus[0]?.model.trim() ?? 'unknown',
        cores: cpus.length,
        command,
    };
}
function quoteArg(arg) {
    return /^[\w.,=:/-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}
//# sourceMappingURL=machine.js.map