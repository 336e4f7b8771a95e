/**
 * The hostile-input corpus: each case is the exact bytes sent and the exact status expected.
 * `closed` means the server must close the connection without a response (a request it cannot
 * even read as HTTP, after its own answer has been sent).
 */
export interface HostileCase {
    readonly name: string;
    readonly raw: string | Buffer;
    readonly expect: number;
    /** Headers that must NOT be in the response (injection and framing checks). */
    readonly absentHeader?: string | readonly string[];
}
export { corpusSecret } from './cases-stalls-framing-sessions.js';
export declare const hostileCases: readonly HostileCase[];
