/**
 * The resident set size in kB from the text of `/proc/<pid>/status` (its `VmRSS:` line), or null
 * when the line is missing or malformed (a kernel thread, a zombie, not Linux).
 *
 * @example
 * parseVmRss('Name:\tnode\nVmRSS:\t   51234 kB\n'); // 51234
 */
export declare function parseVmRss(status: string): number | null;
/** The process's RSS in kB, or null when it cannot be read (the process is gone, or no /proc). */
export declare function readRssKb(pid: number): Promise<number | null>;
