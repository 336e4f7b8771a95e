/** Total requests and errors over every kind. */
export function sumCounts(counts) {
    let requests = 0;
    let errors = 0;
    for (const count of counts.values()) {
        requests += count.requests;
        errors += count.errors;
    }
    return { requests, errors };
}
/** A run passes when no request erred and the child exited 0 on SIGTERM by itself. */
export function isSoakPassing(summary) {
    return sumCounts(summary.counts).errors === 0 && summary.exit.code === 0 && !summary.exit.killed;
}
/** RSS in MB with one decimal, or `n/a`. */
export function formatRss(kb) {
    return kb === null ? 'n/a' : `${(kb / 1024).toFixed(1)} MB`;
}
/**
 * The report printed at the end: a markdown table of kinds (requests, errors, statuses seen), then
 * totals, requests/s, errors by kind with samples, RSS over time, the child's exit and PASS/FAIL.
 */
export function renderSoakReport(summary) {
    const { requests, errors } = sumCounts(summary.counts);
    const seconds = summary.elapsedMs / 1000;
    const lines = [
        `soak: ${summary.root} for ${summary.seconds} s with ${summary.clients} clients (node ${process.version}, NODE_ENV=production)`,
        '',
        '| kind | request | expected | requests | errors | statuses |',
        '|---|---|---:|---:|---:|---|',
    ];
    for (const kind of summary.kinds) {
        const count = summary.counts.get(kind.kind);
        const outcomes = [...(count?.outcomes ?? new Map())].map(([status, n]) => `${status}×${n}`).join(' ');
        lines.push(`| ${kind.kind} | ${kind.request} | ${kind.expect} | ${count?.requests ?? 0} | ${count?.errors ?? 0} | ${outcomes} |`);
    }
    lines.push(`| total | | | ${requests} | ${errors} | |`, '');
    lines.push(`requests: ${requests} in ${seconds.toFixed(1)} s (${(requests / Math.max(seconds, 0.001)).toFixed(1)} req/s)`);
    lines.push(`errors: ${errors}`);
    for (const [kind, count] of summary.counts) {
        if (count.errors > 0)
            lines.push(`  ${kind}: ${count.errors} (${count.samples.join('; ')})`);
    }
    lines.push(`rss: ${summary.rss.map((sample) => `${sample.label} ${formatRss(sample.kb)}`).join(' · ')}`);
    const { code, signal, killed } = summary.exit;
    lines.push(`child exit after SIGTERM: ${code === null ? `signal ${signal}` : `code ${code}`}${killed ? ' (SIGKILL after 12 s)' : ''}`);
    const stderr = summary.stderrTail.trim();
    if (stderr !== '')
        lines.push('child stderr (last lines):', ...stderr.split('\n').slice(-20).map((line) => `  ${line}`));
    lines.push(`result: ${isSoakPassing(summary) ? 'PASS' : 'FAIL'}`, '');
    return lines.join('\n');
}
//# sourceMappingURL=report.js.map