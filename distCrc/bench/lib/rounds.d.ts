import { type Row, type SuiteOptions, type TargetCheck } from './suite.js';
/** A target of an HTTP suite: its table name and its program in bench/servers/. */
export interface ServerTarget {
    readonly name: string;
    readonly program: string;
    /** Added to the program's environment. */
    readonly env?: Readonly<Record<string, string>>;
}
/** How a suite loads its targets. */
export interface RoundsPlan {
    /** The suite's name, on its rows and progress lines. */
    readonly suite: string;
    readonly connections: number;
    /** Sent with every request, the answer check's included. */
    readonly headers: Readonly<Record<string, string>>;
    /** A pause after every warm-up and window, for targets that leave a backlog; none when absent. */
    readonly settleMs?: number;
    /** The path loaded; `/` when absent. */
    readonly path?: string;
}
/**
 * What a suite's check of one answer found. `note` goes into the row: its note when `ok`, the
 * reason it was not measured otherwise. A check resolves with its own failure instead of throwing.
 */
export interface AnswerCheck {
    readonly ok: boolean;
    readonly note: string;
}
/**
 * Starts every target, checks one answer from each (a target that answers something else would be
 * measured doing different work, so it gets a failed row instead), loads the rest in rounds and
 * stops them all. One row per target in `targets` order, without ratios.
 */
export declare function measureTargets(targets: readonly ServerTarget[], plan: RoundsPlan, checkAnswer: (url: string) => Promise<AnswerCheck>, options: SuiteOptions): Promise<Row[]>;
/** The row for `name` when it counts towards a target: measured, and its note marks no problem. */
export declare function findCleanRow(rows: readonly Row[], name: string): Row | undefined;
/**
 * Met when subject.rate / other.rate reaches minRatio (strictly above it for "ahead of", minRatio 1);
 * not judged when either row is missing.
 */
export declare function checkRatio(goal: string, subject: Row | undefined, other: Row | undefined, minRatio: number): TargetCheck;
