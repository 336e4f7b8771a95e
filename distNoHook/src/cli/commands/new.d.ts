import type { CliCommand } from '../command.js';
/**
 * Writes a new app into `dir` (created if missing; it must be empty) and returns the paths written.
 * The app depends on this package by path, so `npm install` needs no registry.
 */
export declare function createProject(dir: string): Promise<string[]>;
/** `uplift new <dir>`. */
export declare const newCommand: CliCommand;
