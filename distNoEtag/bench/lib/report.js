// Longer notes (a child's stderr) are cut in the table and given in full under it.
const maxCellNote = 100;
/** Aligned plain-text table of one suite's rows, then full text of any note cut in the table. */
export function formatTable(rows) {
    const cells = toCells(rows);
    const widths = cells[0].map((_, column) => Math.max(...cells.map((line) => line[column].length)));
    const table = cells.map((line) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd());
    const details = longNotes(rows).map((row) => `${row.target}: ${row.note}`);
    return [...table, ...details].join('\n');
}
/** One line per target check, e.g. `[met] Uplift ≥ 0.9× raw node:http — 0.95×`. */
export function formatChecks(checks) {
    return checks.map((check) => `[${verdict(check)}] ${check.goal} — ${check.detail}`).join('\n');
}
/** The whole RESULTS.md: run context, then each suite's table, target checks and notes. */
export function renderMarkdown(context, suites) {
    const parts = [
        '# Benchmark results',
        '',
        'Written by `npm run bench`; do not edit by hand. `bench/README.md` explains the numbers.',
        'Only ratios within one run count: absolute numbers move ±25% between runs on this machine.',
        '',
        `- Date: ${context.date}`,
        `- Node: ${context.node}`,
        `- CPU: ${context.cpu} (${context.cores} cores)`,
        `- Command: \`${context.command}\``,
    ];
    for (const suite of suites) {
        parts.push('', `## Suite \`${suite.name}\``, '', `Took ${suite.elapsedSeconds.toFixed(1)} s.`);
        if (suite.rows.length > 0)
            parts.push('', ...toMarkdownTable(toCells(suite.rows)));
        for (const row of longNotes(suite.rows))
            parts.push('', `${row.target}:`, '', ...indent(row.note));
        if (suite.checks.length > 0) {
            parts.push('', 'Targets:', '');
            for (const check of suite.checks)
                parts.push(`- **${verdict(check)}**: ${check.goal} — ${check.detail}`);
        }
        if (suite.notes.length > 0) {
            parts.push('', 'Notes:', '');
            for (const note of suite.notes)
                parts.push(note.includes('\n') ? indent(note).join('\n') : `- ${note}`);
        }
    }
    return `${parts.join('\n')}\n`;
}
function verdict(check) {
    if (check.met === null)
        return 'not measured';
    return check.met ? 'met' : 'NOT met';
}
function toCells(rows) {
    const baselines = new Set(rows.map((row) => row.baseline).filter((name) => name !== null));
    const shared = baselines.size === 1 ? [...baselines][0] : null;
    const units = new Set(rows.map((row) => row.unit));
    const oneUnit = units.size === 1 ? [...units][0] : null;
    const withCpu = rows.some((row) => row.cpuUsPerRequest != null);
    const withSamples = rows.some((row) => (row.samples?.length ?? 0) > 1);
    const header = [
        'target',
        oneUnit ?? 'rate',
        'p99 (ms)',
        shared === null ? 'ratio' : `ratio to ${shared}`,
        ...(withCpu ? ['server CPU µs/req'] : []),
        ...(withSamples ? ['rounds (min–max)'] : []),
        'note',
    ];
    return [
        header,
        ...rows.map((row) => [
            row.target,
            Number.isFinite(row.rate) ? `${formatRate(row.rate)}${oneUnit === null ? ` ${row.unit}` : ''}` : '—',
            row.p99Ms === null || !Number.isFinite(row.p99Ms) ? '—' : row.p99Ms.toFixed(1),
            formatRatio(row, shared),
            ...(withCpu ? [row.cpuUsPerRequest == null ? '—' : row.cpuUsPerRequest.toFixed(0)] : []),
            ...(withSamples ? [formatSpread(row.samples ?? [])] : []),
            shortNote(row.note),
        ]),
    ];
}
function formatRate(rate) {
    return rate >= 100 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1);
}
function formatRatio(row, shared) {
    if (row.ratio === null)
        return '—';
    const ratio = `${row.ratio.toFixed(2)}×`;
    return shared === null && row.baseline !== null ? `${ratio} ${row.baseline}` : ratio;
}
function formatSpread(samples) {
    if (samples.length < 2)
        return '—';
    return `${formatRate(Math.min(...samples))}–${formatRate(Math.max(...samples))}`;
}
function shortNote(note) {
    const firstLine = note.split('\n', 1)[0];
    return firstLine.length > maxCellNote || firstLine !== note ? `${firstLine.slice(0, maxCellNote)}… (below)` : note;
}
function longNotes(rows) {
    return rows.filter((row) => shortNote(row.note) !== row.note);
}
function toMarkdownTable(cells) {
    const [header, ...body] = cells;
    const last = header.length - 1;
    const toLine = (line) => `| ${line.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
    return [
        toLine(header),
        `|${header.map((_, column) => (column === 0 || column === last ? ' --- ' : ' ---: ')).join('|')}|`,
        ...body.map(toLine),
    ];
}
// Multi-line text (a child's stderr, a stack) goes in an indented code block so markdown keeps it as is.
function indent(text) {
    return text.split('\n').map((line) => `    ${line}`);
}
//# sourceMappingURL=report.js.map