/**
 * The bench harness without timing: every JSON-suite server program starts as the bench starts it
 * and answers the same payload over real HTTP; the harness's parsers and child handling hold up
 * against malformed and hostile input. No assertion here depends on speed.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startChildServer } from '../bench/lib/child-server.js';
import { jsonTargets } from '../bench/lib/json-suite.js';
import { formatListeningLine, parseListeningLine } from '../bench/lib/listening-line.js';
import { parseBenchArgs } from '../bench/lib/parse-bench-args.js';
import { serverScript } from '../bench/lib/paths.js';
import { loadPayload } from '../bench/lib/payload.js';
import { parseCpuSeconds } from '../bench/lib/process-cpu.js';
import { renderMarkdown } from '../bench/lib/report.js';
import { toRows } from '../bench/lib/ssr-suite.js';
import { median } from '../bench/lib/stats.js';
import { createFailedRow, type Row } from '../bench/lib/suite.js';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('JSON suite servers', () => {
  const payload = loadPayload();
  const answers = new Map<string, unknown>();

  test('the payload is a small realistic object', () => {
    const size = JSON.stringify(payload).length;
    assert.ok(size > 200 && size < 400, `payload is ${size} bytes`);
  });

  for (const target of jsonTargets) {
    test(`${target.name} answers GET / with the payload, then stops by pid`, async () => {
      const server = await startChildServer(serverScript(target.program));
      try {
        assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
        const response = await fetch(`${server.url}/`, {
          headers: { accept: 'application/json' },
          signal: AbortSignal.timeout(5_000),
        });
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
        const body: unknown = await response.json();
        assert.deepEqual(body, payload);
        answers.set(target.name, body);
      } finally {
        await server.stop();
      }
      assert.equal(isRunning(server.pid), false, `pid ${server.pid} still running after stop()`);
    });
  }

  test('every target answered, all with the same JSON', () => {
    assert.deepEqual([...answers.keys()].sort(), jsonTargets.map((target) => target.name).sort());
    for (const [name, body] of answers) assert.deepEqual(body, payload, name);
  });
});

describe('startChildServer with broken programs', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'uplift-bench-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a program that crashes is reported with its stderr', async () => {
    const script = path.join(dir, 'crash.mjs');
    await writeFile(script, "console.error('boom: no payload'); process.exit(3);\n");
    await assert.rejects(startChildServer(script), (error: Error) => {
      assert.match(error.message, /crash\.mjs: exited \(code 3/);
      assert.match(error.message, /boom: no payload/);
      return true;
    });
  });

  test('a program that never prints its line times out and is killed', async () => {
    const script = path.join(dir, 'silent.mjs');
    // Prints a line aimed at another host first: the harness must not take it as ready.
    await writeFile(script, "console.log('listening on http://10.0.0.1:80'); console.log(process.pid); setInterval(() => {}, 1000);\n");
    await assert.rejects(startChildServer(script, { readyTimeoutMs: 500, killAfterMs: 500 }), /printed no "listening on/);
  });

  test('a program that ignores SIGTERM is killed with SIGKILL', async () => {
    const script = path.join(dir, 'stubborn.mjs');
    await writeFile(script, `process.on('SIGTERM', () => {}); console.log(${JSON.stringify(formatListeningLine(1))}); setInterval(() => {}, 1000);\n`);
    const server = await startChildServer(script, { killAfterMs: 300 });
    await server.stop();
    assert.equal(isRunning(server.pid), false);
  });
});

describe('parseListeningLine', () => {
  const cases: Array<[string, string | null]> = [
    ['listening on http://127.0.0.1:3333', 'http://127.0.0.1:3333'],
    ['listening on http://127.0.0.1:3333/', 'http://127.0.0.1:3333'],
    ['  listening on http://127.0.0.1:80\r', 'http://127.0.0.1:80'],
    ['listening on http://127.0.0.1:0', null],
    ['listening on http://127.0.0.1:65536', null],
    ['listening on http://127.0.0.1:123456', null],
    ['listening on http://10.0.0.1:3333', null],
    ['listening on http://localhost:3333', null],
    ['listening on https://127.0.0.1:3333', null],
    ['listening on http://127.0.0.1:3333/admin', null],
    ['listening on http://127.0.0.1.evil.test:3333', null],
    ['[uplift] listening on http://127.0.0.1:3333', null],
    ['', null],
    [`listening on http://127.0.0.1:3333${' '.repeat(100_000)}x`, null],
  ];
  for (const [line, expected] of cases) {
    test(`${JSON.stringify(line.slice(0, 50))} → ${expected}`, () => {
      assert.equal(parseListeningLine(line), expected);
    });
  }
  test('round-trips formatListeningLine', () => {
    assert.equal(parseListeningLine(formatListeningLine(40123)), 'http://127.0.0.1:40123');
  });
});

describe('parseBenchArgs', () => {
  const known = ['json', 'ssr', 'page'];
  const good: Array<[string[], { suites: string[]; seconds: number; help: boolean }]> = [
    [[], { suites: known, seconds: 5, help: false }],
    [['--suite', 'json'], { suites: ['json'], seconds: 5, help: false }],
    [['--suite=ssr,json', '--seconds=2.5'], { suites: ['ssr', 'json'], seconds: 2.5, help: false }],
    [['--suite', 'JSON, json ,json'], { suites: ['json'], seconds: 5, help: false }],
    [['--seconds', '120', '--help'], { suites: known, seconds: 120, help: true }],
  ];
  for (const [argv, expected] of good) {
    test(`accepts ${JSON.stringify(argv)}`, () => {
      assert.deepEqual(parseBenchArgs(argv, known), expected);
    });
  }
  const bad: Array<[string[], RegExp]> = [
    [['--suite', 'json,sql'], /unknown suite "sql"; choose from json, ssr, page/],
    [['--suite', '__proto__'], /unknown suite "__proto__"/],
    [['--suite', ''], /--suite needs a value/],
    [['--suite'], /--suite needs a value/],
    [['--seconds', '--suite', 'json'], /--seconds needs a value/],
    [['--seconds', '0'], /not a number from 1 to 120/],
    [['--seconds', '121'], /not a number from 1 to 120/],
    [['--seconds', '1e1'], /not a number from 1 to 120/],
    [['--seconds', '0x10'], /not a number from 1 to 120/],
    [['--seconds', '-5'], /--seconds needs a value|not a number/],
    [['--seconds', 'NaN'], /not a number from 1 to 120/],
    [['--connections', '9'], /unknown argument "--connections"/],
    [['json'], /unknown argument "json"/],
    [['--suite', 'x'.repeat(10_000)], /argument 2 is 10000 characters long/],
  ];
  for (const [argv, message] of bad) {
    test(`rejects ${JSON.stringify(argv).slice(0, 60)}`, () => {
      assert.throws(() => parseBenchArgs(argv, known), message);
    });
  }
});

describe('parseCpuSeconds', () => {
  const tail = 'S 1 1 1 0 -1 4194304 124 0 0 0 250 130 0 0 20 0 1 0 82336';
  const cases: Array<[string, number | null]> = [
    [`9569 (node) ${tail}`, 3.8],
    [`9569 (a) b (c) ${tail}`, 3.8],
    [`9569 (x)) ${tail}`, 3.8],
    ['9569 (node) S 1 1', null],
    [`9569 node ${tail}`, null],
    [`9569 (node) ${tail.replace('250', '-250')}`, null],
    [`9569 (node) ${tail.replace('250', '2.5')}`, null],
    ['', null],
  ];
  for (const [stat, expected] of cases) {
    test(`${JSON.stringify(stat.slice(0, 30))} → ${expected}`, () => {
      const actual = parseCpuSeconds(stat);
      if (expected === null) assert.equal(actual, null);
      else assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `got ${actual}`);
    });
  }
});

test('median', () => {
  assert.ok(Number.isNaN(median([])));
  assert.equal(median([7]), 7);
  assert.equal(median([9, 1, 5]), 5);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

describe('toRows (SSR suite adapter)', () => {
  test('keeps rows, fills defaults, and turns everything else into notes', () => {
    const notes: string[] = [];
    const rows = toRows(
      {
        rows: [
          { target: 'uplift, 20 items', rate: 6000, ratio: 21.4, baseline: '@enhance/ssr, 20 items' },
          { target: 'broken', rate: '6000' },
          null,
        ],
        notes: ['heap: 1k 12.1 MB, 100k 13.0 MB'],
      },
      (line) => notes.push(line),
    );
    assert.deepEqual(rows, [
      { suite: 'ssr', target: 'uplift, 20 items', unit: 'renders/s', rate: 6000, p99Ms: null, ratio: 21.4, baseline: '@enhance/ssr, 20 items', note: '' },
    ]);
    assert.equal(notes.length, 3);
    assert.equal(notes[0], 'heap: 1k 12.1 MB, 100k 13.0 MB');
    assert.match(notes[1]!, /not a row .*"rate":"6000"/);
    assert.match(notes[2]!, /not a row .*null/);
  });

  test('a value that is not rows at all becomes one bounded note', () => {
    const notes: string[] = [];
    assert.deepEqual(toRows('x'.repeat(5_000), (line) => notes.push(line)), []);
    assert.equal(notes.length, 1);
    assert.ok(notes[0]!.length < 500);
  });
});

test('renderMarkdown keeps the table intact whatever a note holds', () => {
  const rows: Row[] = [
    { suite: 'json', target: 'a|b', unit: 'req/s', rate: 1234.4, p99Ms: 3, ratio: 1, baseline: 'a|b', note: '' },
    createFailedRow('json', 'crashy', 'req/s', 'did not start: exited\nstderr | line 2\n| --- |'),
  ];
  const context = { date: '2025-01-01T00:00:00.000Z', node: 'v20.0.0', cpu: 'Test CPU', cores: 2, command: 'npm run bench' };
  const markdown = renderMarkdown(context, [{ name: 'json', rows, checks: [], notes: [], elapsedSeconds: 1 }]);
  const tableLines = markdown.split('\n').filter((line) => line.startsWith('|'));
  assert.equal(tableLines.length, 4);
  const columns = (line: string): number => line.replaceAll('\\|', '').split('|').length;
  for (const line of tableLines) assert.equal(columns(line), columns(tableLines[0]!), line);
  assert.match(markdown, /\| a\\\|b \| 1,234 \| 3\.0 \| 1\.00× \|/);
  assert.match(markdown, /\| crashy \| — \| — \| — \| did not start: exited… \(below\) \|/);
  assert.match(markdown, /\n {4}stderr \| line 2\n {4}\| --- \|\n/);
  assert.match(markdown, /- Command: `npm run bench`/);
});
