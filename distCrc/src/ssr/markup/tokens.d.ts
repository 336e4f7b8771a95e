import type { Template } from '../parse/compile.js';
export declare const tokenStart = "\uE000";
export declare const tokenEnd = "\uE001";
/**
 * A markup template's result: its compiled template and values, or trusted text (template null).
 * A class, so the renderer tells an entry from any object app code could make.
 */
export declare class MarkupEntry {
    readonly template: Template | null;
    readonly values: readonly unknown[];
    /** For trusted text (`trusted()`, developer constants): the markup itself. */
    readonly text: string;
    constructor(template: Template | null, values: readonly unknown[], text: string);
}
/** Where tokens point: the entries made during one render, or outside any. */
export interface MarkupRegistry {
    /** `\uE000<nonce><id>.`: every token of this registry starts with it. */
    readonly prefix: string;
    /** A render's entries by id (a render keeps them all, and ids count up from 0). */
    readonly list: MarkupEntry[];
    /** The process registry's entries by id: the newest `limit` are kept. */
    readonly kept: Map<number, MarkupEntry>;
    next: number;
    /** How many entries it keeps (the oldest go first); Infinity for a render's registry. */
    readonly limit: number;
}
/** A registry for one render: its tokens mean nothing to any other render. */
export declare function createRegistry(limit?: number): MarkupRegistry;
/** Markup made outside a render (a module's constants): kept for the process, the newest 4096. */
export declare const processRegistry: MarkupRegistry;
/** Registers `entry` and returns its token. */
export declare function addEntry(registry: MarkupRegistry, entry: MarkupEntry): string;
/** A piece of a string that holds tokens: data, or the entry a token stands for. */
export type Piece = string | MarkupEntry;
/**
 * `value` split into data and markup entries. A marker that is not a live token of `registry` or
 * the process registry stays in the data (and is escaped there like any special character).
 */
export declare function splitTokens(registry: MarkupRegistry, value: string): Piece[];
/** Whether `value` is exactly one token; its entry if so. */
export declare function onlyEntry(registry: MarkupRegistry, value: string): MarkupEntry | null;
