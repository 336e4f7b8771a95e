/**
 * The bench harness without timing: every JSON-suite server program starts as the bench starts it
 * and answers the same payload over real HTTP; the harness's parsers and child handling hold up
 * against malformed and hostile input. No assertion here depends on speed.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { startChildServer, type ChildServer } from '../bench/lib/child-server.js';
import { jsonTargets } from '../bench/lib/json-suite.js';
import { mainThreadInstructions } from '../bench/lib/instruction-count.js';
import { formatListeningLine, parseListeningLine } from '../bench/lib/listening-line.js';
import { startListeningChild } from '../bench/lib/listening-child.js';
import { ceilingTarget, enhanceTarget, honoTarget, pageTargets, upliftTarget } from '../bench/lib/page-suite.js';
import { parseBenchArgs } from '../bench/lib/parse-bench-args.js';
import { partialResultsPath, resultsPath, resultsPathFor, serverScript } from '../bench/lib/paths.js';
import { loadPayload } from '../bench/lib/payload.js';
import { parseCpuSeconds } from '../bench/lib/process-cpu.js';
import { renderMarkdown } from '../bench/lib/report.js';
import { toRows } from '../bench/lib/ssr-suite.js';
import { staticPrograms } from '../bench/lib/static-suite.js';
import { staticAssets, writeStaticProject } from '../bench/lib/static-files.js';
import { median } from '../bench/lib/stats.js';
import { createFailedRow, type Row } from '../bench/lib/suite.js';
import { checkTodoPage } from '../bench/peers/check-todo-page.js';
import { writeHttpApiResult } from '../bench/peers/enhance-node.js';
import { toHttpApiEvent, type HttpApiEvent } from '../bench/peers/http-api-event.js';
import { renderTodoPage } from '../bench/peers/todo-page-template.js';
import { loadTodoData, type Todo, type TodoVariant } from '../bench/peers/todos-app.js';
import { sendRaw } from './helpers/http.js';

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

  test('the payload is a small realistic object', () => {
    const size = JSON.stringify(payload).length;
    assert.ok(size > 200 && size < 400, `payload is ${size} bytes`);
  });

  // One test, so the comparison never reads what another test left behind.
  test('every target answers GET / with the same payload, then stops by pid', async (t) => {
    const answers = new Map<string, unknown>();
    for (const target of jsonTargets) {
      await t.test(target.name, async () => {
        const server = await startChildServer(serverScript(target.program), { env: target.env });
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
    assert.deepEqual([...answers.keys()].sort(), jsonTargets.map((target) => target.name).sort());
    for (const [name, body] of answers) assert.deepEqual(body, payload, name);
  });

  // The floor row is only a floor while it sends what Uplift sends.
  test("the headers floor sends Uplift's cache-control and ETag, and the bare baseline neither", async () => {
    const headersOf = async (name: string): Promise<Headers> => {
      const target = jsonTargets.find((candidate) => candidate.name === name);
      assert.ok(target, name);
      const server = await startChildServer(serverScript(target.program), { env: target.env });
      try {
        const response = await fetch(`${server.url}/`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(5_000) });
        await response.arrayBuffer();
        return response.headers;
      } finally {
        await server.stop();
      }
    };
    const uplift = await headersOf('uplift');
    const floor = await headersOf("raw node:http + Uplift's headers");
    const bare = await headersOf('raw node:http');
    assert.match(uplift.get('etag') ?? '', /^W\/"\d+-\d+"$/);
    assert.equal(floor.get('etag'), uplift.get('etag'));
    assert.equal(floor.get('cache-control'), uplift.get('cache-control'));
    assert.equal(bare.get('etag'), null);
    assert.equal(bare.get('cache-control'), null);
  });
});

describe('static suite servers', () => {
  let root = '';
  before(async () => {
    root = await writeStaticProject();
  });
  after(() => rm(root, { recursive: true, force: true }));

  for (const { name, program } of staticPrograms) {
    test(`${name} answers each asset under /_public/ with its exact bytes, then stops by pid`, async () => {
      const server = await startChildServer(serverScript(program), { env: { STATIC_ROOT: root } });
      try {
        for (const asset of staticAssets()) {
          const response = await fetch(`${server.url}${asset.path}`, { signal: AbortSignal.timeout(5_000) });
          assert.equal(response.status, 200, asset.path);
          assert.ok(Buffer.from(await response.arrayBuffer()).equals(asset.bytes), asset.path);
        }
      } finally {
        await server.stop();
      }
      assert.equal(isRunning(server.pid), false, `pid ${server.pid} still running after stop()`);
    });
  }
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

test('startListeningChild runs node under a wrapper program, with node flags before the script', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'uplift-bench-'));
  const script = path.join(dir, 'wrapped.mjs');
  // Answers with what only the wrapper (env) and the node flag can have set.
  await writeFile(
    script,
    "import http from 'node:http';\n" +
      'const server = http.createServer((_req, res) => res.end(JSON.stringify({ wrapped: process.env.WRAPPED, flags: process.execArgv })));\n' +
      "server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));\n",
  );
  const child = await startListeningChild({
    wrapper: ['env', 'WRAPPED=yes'],
    nodeArgs: ['--no-concurrent-recompilation'],
    args: [script],
    label: 'wrapped.mjs:',
    readyTimeoutMs: 15_000,
    killAfterMs: 1_000,
    stderrKeep: 1024,
  });
  try {
    const answer = (await (await fetch(`${child.url}/`)).json()) as { wrapped?: string; flags: string[] };
    assert.deepEqual(answer, { wrapped: 'yes', flags: ['--no-concurrent-recompilation'] });
  } finally {
    await child.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

describe('mainThreadInstructions (callgrind_control -e Ir)', () => {
  const output = [
    'PID 14483: node dist/bench/servers/raw-node.js',
    '',
    '  Totals:         Ir ',
    '   Th 1  369,956,748 ',
    '   Th 2          140 ',
    '   Th10       24,705 ',
    '   Th11    5,646,161 ',
  ].join('\n');
  test('reads thread 1, not thread 10 or 11', () => {
    assert.equal(mainThreadInstructions(output, 'raw-node.js'), 369_956_748);
  });
  test('an answer without thread 1 is an error naming the script', () => {
    assert.throws(() => mainThreadInstructions(output.replace('Th 1 ', 'Th 9 '), 'raw-node.js'), /raw-node\.js: callgrind_control printed no count for thread 1/);
    assert.throws(() => mainThreadInstructions('Error: no callgrind run found', 'uplift.js'), /uplift\.js/);
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

describe('resultsPathFor', () => {
  const all = ['json', 'ssr', 'page'];

  test('a run of every suite, in any order, writes RESULTS.md', () => {
    assert.equal(resultsPathFor(['page', 'json', 'ssr'], all), resultsPath);
    assert.ok(resultsPath.endsWith(path.join('bench', 'RESULTS.md')));
  });

  test('a run of some suites writes the partial file, never over the full run', () => {
    assert.equal(resultsPathFor(['json'], all), partialResultsPath);
    assert.equal(resultsPathFor(['json', 'ssr'], all), partialResultsPath);
    assert.notEqual(partialResultsPath, resultsPath);
  });
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

const pageVariants: readonly TodoVariant[] = [
  { count: 20, text: 'ascii', data: 'new' },
  { count: 20, text: 'unicode', data: 'new' },
  { count: 20, text: 'markup', data: 'new' },
];

for (const variant of pageVariants) describe(`page suite servers, ${variant.text} titles`, () => {
  let todos: readonly Todo[] = [];
  let nextTodos: readonly Todo[] = [];
  let todoCount = 0;
  // Enhance inserts store strings unescaped: with markup titles its page is another document.
  const targets = pageTargets(variant).filter((target) => variant.text !== 'markup' || target.name !== enhanceTarget);

  before(async () => {
    let todosAt: (request: number) => readonly Todo[];
    ({ todos, todoCount, todosAt } = await loadTodoData(variant));
    nextTodos = todosAt(1);
  });

  test('the shared todos: todoCount items, ids 1…n, every third one done; new ids and titles for the next request', () => {
    assert.equal(todoCount, variant.count);
    assert.deepEqual(todos.map((todo) => todo.id), Array.from({ length: todoCount }, (_, index) => index + 1));
    assert.equal(todos.filter((todo) => todo.done).length, Math.ceil(todoCount / 3));
    const first = { ascii: 'Todo 1: water the plants', unicode: 'Todo 1: water the plants — all of them', markup: 'Todo 1: <b>water</b> the "plants" & \'herbs\'' }[variant.text];
    assert.deepEqual(todos[0], { id: 1, title: first, done: true });
    assert.equal(todos.every((todo) => /^[\x20-\x7e]*$/.test(todo.title)), variant.text !== 'unicode');
    assert.equal(todos.every((todo) => /[<>&"']/.test(todo.title)), variant.text === 'markup');
    assert.deepEqual(nextTodos.map((todo) => todo.id), Array.from({ length: todoCount }, (_, index) => todoCount + index + 1));
    assert.ok(nextTodos.every((todo, index) => todo.title !== todos[index]?.title));
  });

  // One test, so the comparison never reads what another test left behind.
  test('every target answers GET / with the rendered todo page (new todos on the next request) and the same document as the ceiling', async (t) => {
    const pages = new Map<string, string>();
    for (const target of targets) {
      await t.test(`${target.name} answers, then stops by pid`, async () => {
        const server = await startChildServer(serverScript(target.program), { env: target.env });
        const answers: string[] = [];
        try {
          assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
          for (let request = 0; request < 2; request++) {
            const response = await fetch(`${server.url}/`, {
              headers: { accept: 'text/html', 'accept-encoding': 'identity' },
              signal: AbortSignal.timeout(10_000),
            });
            assert.equal(response.status, 200);
            assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
            answers.push(await response.text());
          }
        } finally {
          await server.stop();
        }
        assert.equal(isRunning(server.pid), false, `pid ${server.pid} still running after stop()`);
        const [html = '', next = ''] = answers;
        assert.match(html, /^<!DOCTYPE html>/i);
        assert.match(html, /<todo-list[\s>]/);
        const detail = `${todoCount}/${todoCount} todo-item elements expanded, slots filled, styles hoisted`;
        assert.deepEqual(checkTodoPage(html, todos), { ok: true, detail });
        assert.deepEqual(checkTodoPage(next, nextTodos), { ok: true, detail });
        pages.set(target.name, html);
      });
    }
    // Every target renders the same document as the ceiling (real Enhance byte for byte).
    const ceiling = pages.get(ceilingTarget);
    assert.ok(ceiling !== undefined, 'the ceiling answered');
    assert.equal(ceiling, renderTodoPage(todos));
    if (variant.text !== 'markup') assert.equal(pages.get(enhanceTarget), ceiling);
    // Uplift keeps markup as written (`done`, not parse5's `done=""`), so its page is equal as a tree.
    for (const target of [upliftTarget, honoTarget]) {
      const page = pages.get(target);
      assert.ok(page !== undefined, `${target} answered`);
      assert.equal(serialize(parse<DefaultTreeAdapterMap>(page)), serialize(parse<DefaultTreeAdapterMap>(ceiling)), target);
    }
  });
});

describe('checkTodoPage', () => {
  const todos: Todo[] = [
    { id: 1, title: 'Buy milk', done: true },
    { id: 2, title: 'Call Bo', done: false },
  ];
  const page = renderTodoPage(todos);

  test('accepts the rendered page', () => {
    assert.deepEqual(checkTodoPage(page, todos), { ok: true, detail: '2/2 todo-item elements expanded, slots filled, styles hoisted' });
  });

  test('a hostile title is escaped by the ceiling and still found as the slotted text', () => {
    const hostile: Todo[] = [{ id: 7, title: '"><script>alert(1)</script></style> & co', done: false }];
    const html = renderTodoPage(hostile);
    assert.ok(!html.includes('<script>'), 'the title became markup');
    assert.match(html, /title="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;\/style&gt; &amp; co"/);
    assert.equal(checkTodoPage(html, hostile).ok, true);
  });

  const item2 = /<li><todo-item key="2"[\s\S]*?<\/li>/;
  const bad: Array<[string, string, RegExp]> = [
    ['an empty answer', '', /^0 of 2 todo-item elements with enhanced="✨" found/],
    ['the page with elements unexpanded', '<!DOCTYPE html><html><head></head><body><todo-list></todo-list></body></html>', /^0 of 2/],
    ['one item missing', page.replace(item2, ''), /^1 of 2/],
    ['items without the enhanced mark', page.replaceAll('enhanced="✨"', 'enhanced="yes"'), /^0 of 2/],
    ['items only inside a comment', `<!-- ${page} -->`, /^0 of 2/],
    ['items only inside a script', `<script>${page.replaceAll('</script', '')}</script>`, /^0 of 2/],
    ['items out of order', page.replace('key="1"', 'key="X"').replace('key="2"', 'key="1"').replace('key="X"', 'key="2"'), /^todo-item 1 has key "2", expected "1"/],
    ['a done item unchecked', page.replace(' checked=""', ''), /^todo-item 1's checkbox is unchecked, expected checked/],
    ['a checkbox missing', page.replace(/<input[^>]*>/, ''), /^todo-item 1's checkbox is missing/],
    ['a title not slotted', page.replace('>Buy milk</label>', '></label>'), /^todo-item 1 does not show its title "Buy milk"/],
    ['a slot left unfilled', page.replace('</label></todo-item>', '</label><slot></slot></todo-item>'), /^1 slot elements left/],
    ['styles not hoisted', page.replace(/<style>[\s\S]*?<\/style>/, ''), /styles are not hoisted/],
    ['two expanded lists', page.replace('</main>', '<todo-list enhanced="✨"></todo-list></main>'), /^2 expanded todo-list elements, expected 1/],
    // htmlparser2 keeps open elements in an array it unshifts, so this costs the checker (never a
    // request) quadratic time: 10,000 proves the rejection in milliseconds where 100,000 took seconds.
    ['an oversized run of unclosed items', '<todo-item enhanced="✨">'.repeat(10_000), /of 2 todo-item elements/],
    ['a byte soup', '<<<>>>"\'\u0000<todo-item <todo-item enhanced=✨'.repeat(1_000), /of 2 todo-item elements/],
  ];
  for (const [name, html, message] of bad) {
    test(`rejects ${name}`, () => {
      const check = checkTodoPage(html, todos);
      assert.equal(check.ok, false);
      assert.match(check.detail, message);
    });
  }
});

describe('Enhance adapter: node request → HTTP API v2 event', () => {
  let server: Server;
  let port = 0;
  before(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const event = JSON.stringify(toHttpApiEvent(req, Buffer.concat(chunks)));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(event), connection: 'close' });
        res.end(event);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function eventFor(head: string, body = ''): Promise<HttpApiEvent> {
    const answer = await sendRaw(port, `${head}\r\nhost: 127.0.0.1:${port}\r\nconnection: close\r\n\r\n${body}`);
    assert.equal(answer.status, 200);
    return JSON.parse(answer.body) as HttpApiEvent;
  }

  test('path, query, cookies and headers as API Gateway passes them', async () => {
    const event = await eventFor(
      'GET /a%20b/c?x=1&x=2&y=%C3%A9&__proto__=p HTTP/1.1\r\ncookie: a=1; b=2\r\ncookie: c=3\r\nx-thing: one\r\nx-thing: two\r\nkeep-alive: timeout=5\r\nuser-agent: bench-test',
    );
    assert.equal(event.version, '2.0');
    assert.equal(event.routeKey, 'ANY /{proxy+}');
    assert.equal(event.rawPath, '/a%20b/c');
    assert.equal(event.rawQueryString, 'x=1&x=2&y=%C3%A9&__proto__=p');
    assert.equal(event.queryStringParameters?.['x'], '1,2');
    assert.equal(event.queryStringParameters?.['y'], 'é');
    assert.ok(Object.hasOwn(event.queryStringParameters ?? {}, '__proto__'));
    assert.deepEqual(event.cookies, ['a=1', 'b=2', 'c=3']);
    assert.equal(event.headers['cookie'], undefined);
    assert.equal(event.headers['connection'], undefined);
    assert.equal(event.headers['keep-alive'], undefined);
    assert.equal(event.headers['x-thing'], 'one,two');
    assert.equal(event.headers['x-forwarded-proto'], 'http');
    assert.equal(event.headers['x-forwarded-port'], String(port));
    assert.deepEqual(event.pathParameters, { proxy: 'a%20b/c' });
    assert.equal(event.requestContext.http.method, 'GET');
    assert.equal(event.requestContext.http.path, '/a%20b/c');
    assert.equal(event.requestContext.http.userAgent, 'bench-test');
    assert.equal(event.requestContext.domainName, `127.0.0.1:${port}`);
    assert.equal(event.body, undefined);
    assert.equal(event.isBase64Encoded, false);
  });

  test('no query and no cookies: the keys are absent, as in API Gateway', async () => {
    const event = await eventFor('GET / HTTP/1.1');
    assert.equal(event.rawPath, '/');
    assert.equal(event.rawQueryString, '');
    assert.equal('queryStringParameters' in event, false);
    assert.equal('cookies' in event, false);
    assert.deepEqual(event.pathParameters, { proxy: '' });
  });

  test('an absolute-form target keeps only its path and query', async () => {
    const event = await eventFor('GET http://elsewhere.test/p/q?z=9 HTTP/1.1');
    assert.equal(event.rawPath, '/p/q');
    assert.equal(event.rawQueryString, 'z=9');
  });

  test('a JSON body arrives as text, any other body as base64', async () => {
    const json = '{"title":"é"}';
    const jsonEvent = await eventFor(`POST /todos HTTP/1.1\r\ncontent-type: application/vnd.api+json\r\ncontent-length: ${Buffer.byteLength(json)}`, json);
    assert.equal(jsonEvent.requestContext.http.method, 'POST');
    assert.equal(jsonEvent.body, json);
    assert.equal(jsonEvent.isBase64Encoded, false);
    const form = 'title=milk&done=on';
    const formEvent = await eventFor(`POST /todos HTTP/1.1\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: ${form.length}`, form);
    assert.equal(formEvent.body, Buffer.from(form).toString('base64'));
    assert.equal(formEvent.isBase64Encoded, true);
    const fake = 'x';
    const fakeEvent = await eventFor(`POST /todos HTTP/1.1\r\ncontent-type: text/jsonish\r\ncontent-length: 1`, fake);
    assert.equal(fakeEvent.isBase64Encoded, true);
  });
});

test('writeHttpApiResult: status, headers, cookies and a base64 body become the HTTP response', async () => {
  const server = createServer((_req, res) => {
    writeHttpApiResult(res, {
      statusCode: 201,
      headers: { 'Content-Type': 'text/plain; charset=utf8', 'x-count': 5, 'transfer-encoding': 'chunked' },
      cookies: ['a=1; Path=/', 'b=2; HttpOnly'],
      body: Buffer.from('héllo').toString('base64'),
      isBase64Encoded: true,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5_000) });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf8');
    assert.equal(response.headers.get('x-count'), '5');
    assert.equal(response.headers.get('content-length'), '6');
    assert.deepEqual(response.headers.getSetCookie(), ['a=1; Path=/', 'b=2; HttpOnly']);
    assert.equal(await response.text(), 'héllo');
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe('real Enhance behind the adapter', () => {
  let enhance: ChildServer;
  let todos: readonly Todo[] = [];
  before(async () => {
    ({ todos } = await loadTodoData());
    enhance = await startChildServer(serverScript('page-enhance'));
  });
  after(async () => {
    await enhance.stop();
  });

  test('a JSON request gets the API data, not the page (enhance-compat §3)', async () => {
    const response = await fetch(`${enhance.url}/`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await response.json(), { todos });
  });

  test('an unknown path renders Enhance\'s 404 page', async () => {
    const response = await fetch(`${enhance.url}/nope`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(10_000) });
    assert.equal(response.status, 404);
    assert.match(await response.text(), /\/nope not found/);
  });

  test('a body declared over the Lambda limit is refused with 413 before it is read', async () => {
    const port = Number(new URL(enhance.url).port);
    const answer = await sendRaw(port, `POST / HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: text/plain\r\ncontent-length: 7000000\r\nconnection: close\r\n\r\n`);
    assert.equal(answer.status, 413);
    assert.equal(answer.body, '{"message":"Request Entity Too Large"}');
  });
});
