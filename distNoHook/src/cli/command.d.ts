import type { RunningServer } from '../server/listen.js';
/** Option definitions as node:util parseArgs takes them. */
export type CommandOptions = Record<string, {
    type: 'string' | 'boolean';
    multiple?: boolean;
    short?: string;
}>;
/** One `uplift <command>`: its help, its flags, and what it does. */
export interface CliCommand {
    /** One line for `uplift --help`. */
    readonly summary: string;
    /** The full text of `uplift <command> --help`. */
    help(): string;
    readonly options: CommandOptions;
    /**
     * Runs the command; a server it returns keeps the process alive until a signal stops it, or
     * until its `restart` promise resolves: then the process stops and exits with the code that asks
     * `uplift dev`'s supervisor for a fresh one.
     */
    run(values: Readonly<Record<string, unknown>>, positionals: readonly string[]): Promise<(RunningServer & {
        logger?: {
            flush?(): void;
        };
        restart?: Promise<void>;
    }) | void>;
}
