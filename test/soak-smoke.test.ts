/**
 * The soak script run as a user runs it (a child process against the example, bounded by cycles),
 * plus table tests for the pure pieces it is built from. No assertion depends on speed: only that
 * every kind ran, nothing erred, and the app exited 0.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { applySetCookies } from '../scripts/soak/apply-set-cookies.js';
import { parseSoakArgs } from '../scripts/soak/parse-soak-args.js';
import { exampleRoot, repoRoot } from '../scripts/soak/paths.js';
import { parseVmRss } from '../scripts/soak/read-rss.js';
import { isSoakPassing, renderSoakReport, type SoakSummary } from '../scripts/soak/report.js';
import { createTally } from '../scripts/soak/tally.js';
import { soakKinds } from '../scripts/soak/traffic.js';

const soakScript = path.join(repoRoot, 'dist', 'scripts', 'soak.js');

interface SoakRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the soak script; killed if it outlives `limitMs` (its own watchdog should stop it first). */
async function runSoak(args: string[], limitMs = 60_000): Promise<SoakRun> {
  const child = spawn(process.execPath, [soakScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(killer);
  return { code, stdout, stderr };
}

/** The `| kind | … | requests | errors | statuses |` rows of a report, by kind. */
function readRows(report: string): Map<string, { requests: number; errors: number; statuses: string }> {
  const rows = new Map<string, { requests: number; errors: number; statuses: string }>();
  for (const line of report.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // '| kind | request | expected | requests | errors | statuses |' splits into 8 cells, blank at both ends.
    if (cells.length !== 8 || !/^\d+$/.test(cells[4]!) || !/^\d+$/.test(cells[5]!)) continue;
    rows.set(cells[1]!, { requests: Number(cells[4]), errors: Number(cells[5]), statuses: cells[6]! });
  }
  return rows;
}

describe('npm run soak', () => {
  test('2 cycles of 16 clients against the example: every kind ran, 0 errors, the app exited 0', async () => {
    const run = await runSoak(['--seconds', '30', '--cycles', '2']);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    const rows = readRows(run.stdout);
    // Each client sends /status once per cycle: the cycle bound, not the 30 s, ended the traffic.
    assert.equal(rows.get('json-status')?.requests, 16 * 2, run.stdout);
    assert.match(run.stdout, /for 30 s or 2 cycles per client with 16 clients/);
    for (const { kind, expect } of soakKinds) {
      const row = rows.get(kind);
      assert.ok(row, `no row for ${kind} in:\n${run.stdout}`);
      assert.ok(row.requests > 0, `${kind} sent no requests`);
      assert.equal(row.errors, 0, `${kind}: ${row.statuses}`);
      assert.equal(row.statuses, `${expect}×${row.requests}`);
    }
    const total = rows.get('total');
    assert.equal(total?.errors, 0);
    assert.equal(total?.requests, soakKinds.reduce((sum, { kind }) => sum + (rows.get(kind)?.requests ?? 0), 0));
    assert.match(run.stdout, /^errors: 0$/m);
    assert.match(run.stdout, /^rss: start \d+\.\d MB · .*end \d+\.\d MB$/m);
    assert.match(run.stdout, /^child exit after SIGTERM: code 0$/m);
    assert.match(run.stdout, /^result: PASS$/m);
  });

  test('an app whose /status throws is counted as errors and exits 1', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'uplift-soak-'));
    after(() => rm(root, { recursive: true, force: true }));
    await cp(exampleRoot, root, { recursive: true });
    await writeFile(path.join(root, 'app', 'api', 'status.mjs'), "export async function get() { throw new Error('status is down') }\n");
    const run = await runSoak(['--seconds', '10', '--cycles', '3', '--clients', '2', '--root', root]);
    assert.equal(run.code, 1, run.stdout);
    const row = readRows(run.stdout).get('json-status');
    assert.ok(row && row.requests > 0, run.stdout);
    assert.equal(row.errors, row.requests);
    assert.equal(row.statuses, `500×${row.requests}`);
    assert.equal(readRows(run.stdout).get('json-notes')?.errors, 0);
    assert.match(run.stdout, /^ {2}json-status: \d+ \(status 500, expected 200\)$/m);
    assert.match(run.stdout, /^result: FAIL$/m);
  });

  test('a root without app/ stops before any traffic with exit 1', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'uplift-soak-empty-'));
    after(() => rm(root, { recursive: true, force: true }));
    const run = await runSoak(['--seconds', '1', '--root', root]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, new RegExp(`could not start the app in ${root.replaceAll('/', '\\/')}: uplift start exited \\(code 1`));
    assert.equal(run.stdout, '');
  });

  test('a bad command line exits 2 with the usage', async () => {
    const run = await runSoak(['--seconds', '0']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--seconds "0" is not a number from 1 to 3600/);
    assert.match(run.stderr, /usage: npm run soak/);
  });
});

describe('parseSoakArgs', () => {
  const root = '/repo/example';
  const good: Array<[string[], { seconds: number; root: string; clients: number; cycles: number | undefined; help: boolean }]> = [
    [[], { seconds: 60, root, clients: 16, cycles: undefined, help: false }],
    [['--seconds', '600'], { seconds: 600, root, clients: 16, cycles: undefined, help: false }],
    [['--seconds=2.5', '--clients=1'], { seconds: 2.5, root, clients: 1, cycles: undefined, help: false }],
    [['--root', '/tmp/app', '--clients', '256'], { seconds: 60, root: '/tmp/app', clients: 256, cycles: undefined, help: false }],
    [['--root', '/tmp/a/../b'], { seconds: 60, root: '/tmp/b', clients: 16, cycles: undefined, help: false }],
    [['--cycles', '3'], { seconds: 60, root, clients: 16, cycles: 3, help: false }],
    [['-h'], { seconds: 60, root, clients: 16, cycles: undefined, help: true }],
  ];
  for (const [argv, expected] of good) {
    test(`accepts ${JSON.stringify(argv)}`, () => assert.deepEqual(parseSoakArgs(argv, root), expected));
  }
  const bad: Array<[string[], RegExp]> = [
    [['--seconds', '0'], /--seconds "0" is not a number from 1 to 3600/],
    [['--seconds', '3601'], /from 1 to 3600/],
    [['--seconds', '1e3'], /--seconds "1e3" is not a number/],
    [['--seconds', '0x10'], /is not a number/],
    [['--seconds', ' 5'], /is not a number/],
    [['--seconds', 'NaN'], /is not a number/],
    [['--seconds', '-5'], /--seconds/],
    [['--seconds', '1.2345'], /is not a number/],
    [['--clients', '2.5'], /--clients "2.5" is not a whole number from 1 to 256/],
    [['--clients', '0'], /from 1 to 256/],
    [['--clients', '257'], /from 1 to 256/],
    [['--cycles', '0'], /--cycles "0" is not a whole number from 1 to 1000000/],
    [['--cycles', '1.5'], /--cycles "1.5" is not a whole number/],
    [['--seconds'], /--seconds/],
    [['--root', ' '], /--root needs a folder/],
    [['--port', '3'], /Unknown option '--port'.*usage|Unknown option '--port'/i],
    [['example'], /Unexpected argument 'example'/],
    [['--seconds', '9'.repeat(5000)], /argument 2 is 5000 characters long/],
  ];
  for (const [argv, message] of bad) {
    test(`rejects ${JSON.stringify(argv).slice(0, 50)}`, () => assert.throws(() => parseSoakArgs(argv, root), message));
  }
});

describe('parseVmRss', () => {
  const cases: Array<[string, number | null]> = [
    ['Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t   51234 kB\nRssAnon:\t 1 kB\n', 51234],
    ['VmRSS: 1 kB', 1],
    ['VmRSS:\t0 kB\n', 0],
    ['VmHWM:\t 99 kB\n', null],
    ['VmRSS:\t-5 kB\n', null],
    ['VmRSS:\t5 MB\n', null],
    ['VmRSS:\t5.5 kB\n', null],
    ['VmRSS:\t1234567890123 kB\n', null],
    ['xVmRSS:\t5 kB\n', null],
    ['', null],
    ['VmRSS:' + ' '.repeat(100_000), null],
  ];
  for (const [status, expected] of cases) {
    test(`${JSON.stringify(status.slice(0, 40))} → ${expected}`, () => assert.equal(parseVmRss(status), expected));
  }
});

describe('applySetCookies', () => {
  const cases: Array<[string | undefined, string[] | undefined, string | undefined]> = [
    [undefined, undefined, undefined],
    ['_idx=old', undefined, '_idx=old'],
    [undefined, ['_idx=abc; Path=/; HttpOnly; Secure; SameSite=Lax'], '_idx=abc'],
    ['_idx=old', ['_idx=new'], '_idx=new'],
    ['_idx=old', ['_idx=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT'], undefined],
    ['_idx=old', ['_idx=still; max-age=00'], undefined],
    ['_idx=old', ['_idx=still; Max-Age=-1'], undefined],
    ['_idx=old', ['_idx=kept; Max-Age=10'], '_idx=kept'],
    ['_idx=old', ['theme=dark', '_idxx=1', 'x_idx=2'], '_idx=old'],
    ['_idx=old', ['_idx'], '_idx=old'],
    ['_idx=old', ['_idx=a', '_idx=; Max-Age=0'], undefined],
    [undefined, ['_idx=; Max-Age=0', '_idx=b'], '_idx=b'],
    [undefined, [' _idx = spaced ; Path=/'], '_idx=spaced'],
    [undefined, [''], undefined],
  ];
  for (const [current, lines, expected] of cases) {
    test(`${current} + ${JSON.stringify(lines)} → ${expected}`, () => assert.equal(applySetCookies(current, lines, '_idx'), expected));
  }
});

describe('tally and report', () => {
  const summaryFor = (tally: ReturnType<typeof createTally>, exit: SoakSummary['exit']): SoakSummary => ({
    root: '/x',
    seconds: 1,
    clients: 1,
    elapsedMs: 1000,
    kinds: soakKinds,
    counts: tally.counts,
    rss: [{ label: 'start', kb: 51200 }, { label: 'end', kb: null }],
    exit,
    stderrTail: '',
  });

  test('counts statuses and errors per kind and keeps 5 distinct samples', () => {
    const tally = createTally(['json-status']);
    tally.recordResponse('json-status', 200, null);
    for (let i = 0; i < 20; i++) tally.recordResponse('json-status', 500, `status 500 #${i % 7}`);
    tally.recordFailure('json-status', 'ECONNRESET');
    const count = tally.counts.get('json-status');
    assert.equal(count?.requests, 22);
    assert.equal(count?.errors, 21);
    assert.deepEqual([...count.outcomes], [['200', 1], ['500', 20], ['network', 1]]);
    assert.deepEqual(count.samples, ['status 500 #0', 'status 500 #1', 'status 500 #2', 'status 500 #3', 'status 500 #4']);
  });

  test('an unknown kind is a bug in the soak, named', () => {
    assert.throws(() => createTally(['a']).recordResponse('b', 200, null), /"b" is not a request kind/);
  });

  test('passes only with 0 errors and a clean exit 0', () => {
    const clean = createTally(soakKinds.map(({ kind }) => kind));
    clean.recordResponse('json-status', 200, null);
    assert.equal(isSoakPassing(summaryFor(clean, { code: 0, signal: null, killed: false })), true);
    assert.equal(isSoakPassing(summaryFor(clean, { code: 1, signal: null, killed: false })), false);
    assert.equal(isSoakPassing(summaryFor(clean, { code: null, signal: 'SIGKILL', killed: true })), false);
    const failing = createTally(soakKinds.map(({ kind }) => kind));
    failing.recordFailure('page-home', 'timeout');
    const report = renderSoakReport(summaryFor(failing, { code: 0, signal: null, killed: false }));
    assert.match(report, /^\| page-home \| GET \/ \(page\) \| 200 \| 1 \| 1 \| network×1 \|$/m);
    assert.match(report, /^ {2}page-home: 1 \(network: timeout\)$/m);
    assert.match(report, /^rss: start 50\.0 MB · end n\/a$/m);
    assert.match(report, /^result: FAIL$/m);
  });
});
