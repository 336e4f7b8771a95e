/** User + system CPU seconds used so far by `pid`, or null where /proc is unavailable. */
export declare function readProcessCpuSeconds(pid: number): number | null;
/**
 * utime + stime from the text of /proc/<pid>/stat, or null if it is malformed. The process name
 * (field 2) is in parentheses and may itself contain spaces or ')', so fields are counted from the
 * last ')': after it, field 3 (state) comes first, so utime (field 14) and stime (15) are at 11, 12.
 */
export declare function parseCpuSeconds(stat: string): number | null;
