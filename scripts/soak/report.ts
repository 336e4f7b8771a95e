import type { ChildExit } from './child-app.js';
import type { KindCount } from './tally.js';
import type { SoakKind } from './traffic.js';

/** One RSS reading of the child; `kb` is null when it could not be read. */
export interface RssSample {
  readonly label: string;
  readonly kb: number | null;
}

/** Everything a soak run reports. */
export interface SoakSummary {
  readonly root: string;
  readonly seconds: number;
  readonly clients: number;
  /** The `--cycles` bound, when one was given. */
  readonly cycles?: number | undefined;
  readonly elapsedMs: number;
  readonly kinds: readonly SoakKind[];
  readonly counts: ReadonlyMap<string, KindCount>;
  readonly rss: readonly RssSample[];
  readonly exit: ChildExit;
  readonly stderrTail: string;
}

/** Total requests and errors over every kind. */
export function sumCounts(counts: ReadonlyMap<string, KindCount>): { requests: number; errors: number } {
  let requests = 0;
  let errors = 0;
  for (const count of counts.values()) {
    requests += count.requests;
    errors += count.errors;
  }
  return { requests, errors };
}

/** A run passes when no request erred and the child exited 0 on SIGTERM by itself. */
export function isSoakPassing(summary: SoakSummary): boolean {
  return sumCounts(summary.counts).errors === 0 && summary.exit.code === 0 && !summary.exit.killed;
}

/** RSS in MB with one decimal, or `n/a`. */
export function formatRss(kb: number | null): string {
  return kb === null ? 'n/a' : `${(kb / 1024).toFixed(1)} MB`;
}

/**
 * The report printed at the end: a markdown table of kinds (requests, errors, statuses seen), then
 * totals, requests/s, errors by kind with samples, RSS over time, the child's exit and PASS/FAIL.
 */
export function renderSoakReport(summary: SoakSummary): string {
  const { requests, errors } = sumCounts(summary.counts);
  const seconds = summary.elapsedMs / 1000;
  const lines = [
    `soak: ${summary.root} for ${summary.seconds} s${cyclesBound(summary.cycles)} with ${summary.clients} clients (node ${process.version}, NODE_ENV=production)`,
    '',
    '| kind | request | expected | requests | errors | statuses |',
    '|---|---|---:|---:|---:|---|',
  ];
  for (const kind of summary.kinds) {
    const count = summary.counts.get(kind.kind);
    const outcomes = [...(count?.outcomes ?? new Map<string, number>())].map(([status, n]) => `${status}×${n}`).join(' ');
    lines.push(`| ${kind.kind} | ${kind.request} | ${kind.expect} | ${count?.requests ?? 0} | ${count?.errors ?? 0} | ${outcomes} |`);
  }
  lines.push(`| total | | | ${requests} | ${errors} | |`, '');
  lines.push(`requests: ${requests} in ${seconds.toFixed(1)} s (${(requests / Math.max(seconds, 0.001)).toFixed(1)} req/s)`);
  lines.push(`errors: ${errors}`);
  for (const [kind, count] of summary.counts) {
    if (count.errors > 0) lines.push(`  ${kind}: ${count.errors} (${count.samples.join('; ')})`);
  }
  lines.push(`rss: ${summary.rss.map((sample) => `${sample.label} ${formatRss(sample.kb)}`).join(' · ')}`);
  const { code, signal, killed } = summary.exit;
  lines.push(`child exit after SIGTERM: ${code === null ? `signal ${signal}` : `code ${code}`}${killed ? ' (SIGKILL after 12 s)' : ''}`);
  const stderr = summary.stderrTail.trim();
  if (stderr !== '') lines.push('child stderr (last lines):', ...stderr.split('\n').slice(-20).map((line) => `  ${line}`));
  lines.push(`result: ${isSoakPassing(summary) ? 'PASS' : 'FAIL'}`, '');
  return lines.join('\n');
}

/** ` or N cycles per client` for a run bounded by `--cycles` too, else nothing. */
export function cyclesBound(cycles: number | undefined): string {
  return cycles === undefined ? '' : ` or ${cycles} cycles per client`;
}
