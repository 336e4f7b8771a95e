import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tmpApp } from './helpers/app.js';
import { createServer, type AddressInfo } from 'node:net';
import { runCli, waitForUrl, type CliProcess } from './helpers/cli.js';

const slowApp = {
  'app/api/slow.mjs': `export async function get(req) {
    console.log('slow request started');
    await new Promise((r) => setTimeout(r, Number(req.query.ms ?? 800)));
    return { json: { finished: true } };
  }`,
  'app/api/fast.mjs': `export async function get() { return { json: { fast: true } } }`,
};

/** Resolves once the process has printed `text` on stdout; throws if it exits first. */
async function printed(cli: CliProcess, text: string): Promise<void> {
  while (!cli.stdout().includes(text)) {
    const exited = await Promise.race([new Promise((r) => cli.child.stdout?.once('data', r)).then(() => false), cli.exited.then(() => true)]);
    if (exited && !cli.stdout().includes(text)) throw new Error(`exited without printing "${text}": ${cli.stdout()} ${cli.stderr()}`);
  }
}

describe('uplift start', () => {
  it('serves on 127.0.0.1, prints the URL, and honours --port 0', async () => {
    const root = await tmpApp(slowApp);
    const cli = runCli(['start', root, '--port', '0']);
    const url = await waitForUrl(cli);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepEqual(await (await fetch(`${url}/fast`)).json(), { fast: true });
    cli.child.kill('SIGTERM');
    assert.equal(await cli.exited, 0);
  });

  it('honours PORT', async () => {
    const root = await tmpApp(slowApp);
    const free = await freePort();
    const cli = runCli(['start', root], { PORT: String(free) });
    assert.equal(await waitForUrl(cli), `http://127.0.0.1:${free}`);
    cli.child.kill('SIGINT');
    assert.equal(await cli.exited, 0);
  });

  it('finishes an in-flight request on SIGTERM, refuses new ones, and exits 0', async () => {
    const root = await tmpApp(slowApp);
    const cli = runCli(['start', root, '--port', '0']);
    const url = await waitForUrl(cli);
    const inFlight = fetch(`${url}/slow?ms=800`).then((r) => r.json());
    await printed(cli, 'slow request started');
    cli.child.kill('SIGTERM');
    await printed(cli, 'SIGTERM: finishing in-flight requests');
    await assert.rejects(fetch(`${url}/fast`, { signal: AbortSignal.timeout(2000) }));
    assert.deepEqual(await inFlight, { finished: true });
    assert.equal(await cli.exited, 0);
  });

  it('explains a start-up error without a stack and exits 1', async () => {
    const root = await tmpApp({ 'app/api/$a.mjs': 'export async function get() {}', 'app/api/$b.mjs': 'export async function get() {}' });
    const cli = runCli(['start', root, '--port', '0']);
    assert.equal(await cli.exited, 1);
    assert.match(cli.stderr(), /\$a\.mjs/);
    assert.match(cli.stderr(), /\$b\.mjs/);
    assert.doesNotMatch(cli.stderr(), /\n\s+at /);
  });

  it('refuses to start in production without a session secret, saying how to set one', async () => {
    const root = await tmpApp(slowApp);
    const cli = runCli(['start', root, '--port', '0'], { NODE_ENV: 'production', ARC_APP_SECRET: '', UPLIFT_SESSION_SECRETS: '' });
    assert.equal(await cli.exited, 1);
    assert.match(cli.stderr(), /ARC_APP_SECRET/);
    assert.doesNotMatch(cli.stdout(), /listening on/);
  });

  it('rejects an unknown command with usage and exit code 2', async () => {
    const cli = runCli(['serve']);
    assert.equal(await cli.exited, 2);
    assert.match(cli.stderr(), /Unknown command "serve"/);
  });
});

/** A port nothing listens on: the OS picks one for a moment, then it is closed again. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}
