/**
 * CPU time a process has used, read from Linux's /proc. On a shared machine req/s depends on what
 * else runs; CPU time per request depends much less on that, so the JSON suite reports both.
 */
import { readFileSync } from 'node:fs';
// USER_HZ is 100 on every mainstream Linux architecture (x86-64, arm64); Node cannot query sysconf.
const ticksPerSecond = 100;
/** User + system CPU seconds used so far by `pid`, or null where /proc is unavailable. */
export function readProcessCpuSeconds(pid) {
    let stat;
    try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return null;
    }
    return parseCpuSeconds(stat);
}
/**
 * utime + stime from the text of /proc/<pid>/stat, or null if it is malformed. The process name
 * (field 2) is in parentheses and may itself contain spaces or ')', so fields are counted from the
 * last ')': after it, field 3 (state) comes first, so utime (field 14) and stime (15) are at 11, 12.
 */
export function parseCpuSeconds(stat) {
    const close = stat.lastIndexOf(')');
    if (close < 0)
        return null;
    const fields = stat.slice(close + 1).trim().split(/\s+/);
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    if (!Number.isSafeInteger(utime) || !Number.isSafeInteger(stime) || utime < 0 || stime < 0)
        return null;
    return (utime + stime) / ticksPerSecond;
}
//# sourceMappingURL=process-cpu.js.map