/**
 * `uplift dev`: rebuilds on change, live reload over Server-Sent Events, the build-error page,
 * the stable dev secret, and that none of it exists in production.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli, waitForUrl } from './helpers/cli.js';
import { startApp, tmpApp } from './helpers/app.js';
import { eventually, pageWhen, startDev } from './helpers/dev.js';

const element = (text: string): string => `export default function MyCard({ html, state }) { return html\`<p>${text} \${state.attrs.title}</p>\` }`;
const app = {
  'app/pages/index.html': '<my-card title="one"></my-card>',
  'app/elements/my-card.mjs': element('first'),
  'app/api/data.mjs': 'export async function get() { return { json: { version: 1 } } }',
};

/** Reads Server-Sent Events from `url`, one at a time, as `<event name> <data>`. */
async function openEvents(url: string): Promise<{ next(): Promise<string>; close(): void }> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  assert.equal(response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return {
    async next() {
      const deadline = Date.now() + 10_000;
      for (;;) {
        if (Date.now() > deadline) throw new Error(`no event within 10 s; received: ${buffered}`);
        const match = /event: (\w+)\ndata: (.*)\n\n/.exec(buffered);
        if (match) {
          buffered = buffered.slice((match.index ?? 0) + match[0].length);
          return `${match[1] as string} ${match[2] as string}`;
        }
        const timer = setTimeout(() => controller.abort(), Math.max(0, deadline - Date.now()));
        const { value, done } = await reader.read().finally(() => clearTimeout(timer));
        if (done) throw new Error('the event stream ended');
        buffered += decoder.decode(value, { stream: true });
      }
    },
    close: () => controller.abort(),
  };
}

/** What a JSON client (Accept: application/json) gets while the app does not build: the `error` object. */
async function failureAsJson(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  assert.equal(response.status, 500);
  assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  return ((await response.json()) as { error: Record<string, unknown> }).error;
}

describe('uplift dev', () => {
  it('rebuilds on change, re-imports modules, announces each build and injects the client into HTML only', async () => {
    const root = await tmpApp(app);
    const server = await startDev(root);
    const first = await (await fetch(server.url)).text();
    assert.match(first, /<p>first one<\/p>/);
    const tag = /<script type="module" src="\/_uplift\/dev\/client\.js\?build=([\w-]+)"><\/script><\/head>/.exec(first);
    assert.ok(tag, first);
    const json = await fetch(`${server.url}/data`, { headers: { accept: 'application/json' } });
    assert.deepEqual(await json.json(), { version: 1 });
    const events = await openEvents(`${server.url}/_uplift/dev/events`);
    assert.equal(await events.next(), `build ${tag[1]}`);

    await writeFile(join(root, 'app/elements/my-card.mjs'), element('second'));
    await writeFile(join(root, 'app/api/data.mjs'), 'export async function get() { return { json: { version: 2 } } }');
    assert.notEqual(await events.next(), `build ${tag[1]}`);
    const second = await pageWhen(server.url, (body) => body.includes('second one'));
    assert.doesNotMatch(second, new RegExp(`build=${tag[1]}"`));
    const again = await fetch(`${server.url}/data`, { headers: { accept: 'application/json' } });
    assert.deepEqual(await again.json(), { version: 2 });
    // A new page and a new public file appear without a restart.
    await writeFile(join(root, 'app/pages/about.html'), '<h1>About</h1>');
    await pageWhen(`${server.url}/about`, (body, status) => status === 200 && body.includes('<h1>About</h1>'));
    await mkdir(join(root, 'public'));
    await writeFile(join(root, 'public/site.css'), 'body { color: red }');
    await pageWhen(`${server.url}/_public/site.css`, (body, status) => status === 200 && body === 'body { color: red }');
    events.close();
    const client = await fetch(`${server.url}/_uplift/dev/client.js`);
    assert.equal(client.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await client.text(), /new EventSource\("\/_uplift\/dev\/events"\)/);
  });

  it('shows a syntax error as a page with file, line and column (JSON to a JSON client), keeps serving, and recovers', async () => {
    const root = await tmpApp(app);
    const server = await startDev(root);
    await writeFile(join(root, 'app/elements/my-card.mjs'), 'export default function MyCard({ html }) {\n  return html`<p>x</p>`;;\n  }}\n');
    const page = await pageWhen(server.url, (_body, status) => status === 500);
    assert.match(page, /<code class="code">UPLIFT_MODULE_LOAD<\/code> at <code class="location">app\/elements\/my-card\.mjs:3:4<\/code>/);
    assert.match(page, /<mark> {3}3 \| {3}\}\}<\/mark>/);
    assert.match(page, /src="\/_uplift\/dev\/client\.js\?build=/);
    const { message, ...facts } = await failureAsJson(`${server.url}/data`);
    assert.deepEqual(facts, { status: 500, code: 'UPLIFT_MODULE_LOAD', file: 'app/elements/my-card.mjs', line: 3, column: 4 });
    assert.match(String(message), /^app\/elements\/my-card\.mjs:3:4: SyntaxError: Unexpected token '}'/);
    assert.ok(server.logger.lines.some((line) => line.startsWith('error: the app does not build (UPLIFT_MODULE_LOAD): app/elements/my-card.mjs:3:4')));
    await writeFile(join(root, 'app/elements/my-card.mjs'), element('fixed'));
    await pageWhen(server.url, (body, status) => status === 200 && body.includes('<p>fixed one</p>'));
  });

  it('points a bad export at its declaration, in .mjs and .ts, and a route conflict at the file', async () => {
    const root = await tmpApp(app);
    const server = await startDev(root);
    await writeFile(join(root, 'app/api/data.mjs'), '// data\nexport const get = 5;\n');
    const badExport = await pageWhen(server.url, (_body, status) => status === 500);
    assert.match(badExport, /UPLIFT_MODULE_EXPORT<\/code> at <code class="location">app\/api\/data\.mjs:2:1</);
    // The TypeScript compiler moves `export const` to an export list at the end: the page still
    // names the line as written.
    await rm(join(root, 'app/api/data.mjs'));
    await writeFile(join(root, 'app/api/data.ts'), "import type { ApiRequest } from 'uplift-html';\n\ntype Handler = (req: ApiRequest) => unknown;\nexport const get: Handler | number = 5;\n");
    const typed = await pageWhen(server.url, (body, status) => status === 500 && body.includes('data.ts'));
    assert.match(typed, /UPLIFT_MODULE_EXPORT<\/code> at <code class="location">app\/api\/data\.ts:4:8</);
    assert.match(typed, /<mark> {3}4 \| export const get: Handler \| number = 5;<\/mark>/);
    const { message, ...facts } = await failureAsJson(server.url);
    assert.deepEqual(facts, { status: 500, code: 'UPLIFT_MODULE_EXPORT', file: 'app/api/data.ts', line: 4, column: 8 });
    assert.match(String(message), /^app\/api\/data\.ts:4:8: export "get" is number; it must be an async function/);
    await writeFile(join(root, 'app/api/data.ts'), 'export async function get() { return { json: {} } }');
    await writeFile(join(root, 'app/api/data.js'), 'export async function get() { return { json: {} } }');
    const conflict = await pageWhen(server.url, (body) => body.includes('UPLIFT_ROUTE_CONFLICT'));
    assert.match(conflict, /<code class="location">app\/api\/data\.js:1:1<\/code>/);
    const { message: conflictMessage, ...conflictFacts } = await failureAsJson(server.url);
    assert.deepEqual(conflictFacts, { status: 500, code: 'UPLIFT_ROUTE_CONFLICT', file: 'app/api/data.js', line: 1, column: 1 });
    assert.match(String(conflictMessage), /app\/api\/data\.js/);
    await rm(join(root, 'app/api/data.js'));
    await pageWhen(server.url, (_body, status) => status === 200);
  });

  it('keeps the session secret across restarts in a git-ignored file', async () => {
    const root = await tmpApp({ 'app/api/count.mjs': 'export async function get(req) { const n = (req.session.n ?? 0) + 1; return { json: { n }, session: { n } } }' });
    const first = await startDev(root);
    const response = await fetch(`${first.url}/count`, { headers: { accept: 'application/json' } });
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    await first.close(200);
    const second = await startDev(root);
    const again = await fetch(`${second.url}/count`, { headers: { accept: 'application/json', cookie } });
    assert.deepEqual(await again.json(), { n: 2 });
    assert.match(await readFile(join(root, '.uplift/.gitignore'), 'utf8'), /^\*$/m);
    assert.ok(!second.logger.lines.some((line) => line.includes('random')), second.logger.lines.join('\n'));
  });

  it('`uplift dev` and `uplift start --dev` serve with live reload', async () => {
    const root = await tmpApp(app);
    for (const args of [['dev', root], ['start', root, '--dev']]) {
      const cli = runCli([...args, '--port', '0'], { ARC_APP_SECRET: '', UPLIFT_SESSION_SECRETS: '' });
      const url = await waitForUrl(cli);
      assert.match(await (await fetch(url)).text(), /\/_uplift\/dev\/client\.js/);
      cli.child.kill('SIGTERM');
      assert.equal(await cli.exited, 0);
    }
  });
});

describe('uplift dev memory bound', () => {
  it('replaces its worker process after UPLIFT_DEV_MAX_BUILDS builds, on the same port', async () => {
    const root = await tmpApp(app);
    const cli = runCli(['dev', root, '--port', '0'], { UPLIFT_DEV_MAX_BUILDS: '2', ARC_APP_SECRET: '', UPLIFT_SESSION_SECRETS: '' });
    const url = await waitForUrl(cli);
    await writeFile(join(root, 'app/elements/my-card.mjs'), element('rebuilt'));
    await pageWhen(url, (body) => body.includes('rebuilt one'));
    await eventually(async () => (cli.stdout().match(/listening on /g)?.length === 2 ? true : undefined));
    assert.match(cli.stdout(), /restarting to free old module versions/);
    assert.deepEqual([...cli.stdout().matchAll(/listening on (\S+)/g)].map((match) => match[1]), [url, url]);
    // The new worker's first build serves the file as it is now.
    assert.match(await (await fetch(url)).text(), /rebuilt one/);
    cli.child.kill('SIGTERM');
    assert.equal(await cli.exited, 0);
  });
});

describe('production', () => {
  it('has no dev client, no event stream and no dev secret file', async () => {
    const root = await tmpApp(app);
    const server = await startApp(root);
    const page = await (await fetch(server.url)).text();
    assert.match(page, /<p>first one<\/p>/);
    assert.doesNotMatch(page, /_uplift/);
    assert.equal((await fetch(`${server.url}/_uplift/dev/client.js`)).status, 404);
    assert.equal((await fetch(`${server.url}/_uplift/dev/events`)).status, 404);
    await assert.rejects(readFile(join(root, '.uplift/dev-secret')), { code: 'ENOENT' });
  });
});
