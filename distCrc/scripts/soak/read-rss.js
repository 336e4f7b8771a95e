import { readFile } from 'node:fs/promises';
/**
 * The resident set size in kB from the text of `/proc/<pid>/status` (its `VmRSS:` line), or null
 * when the line is missing or malformed (a kernel thread, a zombie, not Linux).
 *
 * @example
 * parseVmRss('Name:\tnode\nVmRSS:\t   51234 kB\n'); // 51234
 */
export function parseVmRss(status) {
    const match = /^VmRSS:[ \t]*(\d{1,12}) kB[ \t]*$/m.exec(status);
    return match ? Number(match[1]) : null;
}
/** The process's RSS in kB, or null when it cannot be read (the process is gone, or no /proc). */
export async function readRssKb(pid) {
    try {
        return parseVmRss(await readFile(`/proc/${pid}/status`, 'utf8'));
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=read-rss.js.map