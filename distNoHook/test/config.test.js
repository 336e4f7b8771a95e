/**
 * One config: uplift.config.mjs, then environment variables, then flags, as `uplift start` applies
 * them; unknown keys refused with the closest known name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../src/index.js';
import { tmpApp } from './helpers/app.js';
import { runCli, waitForUrl } from './helpers/cli.js';
const secret = { ARC_APP_SECRET: 'test-secret-that-is-at-least-32-characters-long' };
const echo = { 'app/api/echo.mjs': 'export async function post(req) { return { json: { got: req.body } } }' };
async function postSize(url, bytes, headers = {}) {
    const response = await fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: 'x'.repeat(bytes) });
    await response.arrayBuffer();
    return response.status;
}
async function started(root, args, env = {}) {
    const cli = runCli(['start', root, '--port', '0', ...args], { ...secret, ...env });
    const url = await waitForUrl(cli);
    return {
        url,
        stop: async () => {
            cli.child.kill('SIGTERM');
            await cli.exited;
        },
    };
}
describe('uplift start options', () => {
    it('take bodyLimit from the config file, an env var over it, and a flag over both', async () => {
        const root = await tmpApp({ ...echo, 'uplift.config.mjs': 'export default { bodyLimit: 100 }' });
        const fromFile = await started(root, []);
        assert.deepEqual([await postSize(fromFile.url, 100), await postSize(fromFile.url, 101)], [200, 413]);
        await fromFile.stop();
        const fromEnv = await started(root, [], { UPLIFT_BODY_LIMIT: '200' });
        assert.deepEqual([await postSize(fromEnv.url, 200), await postSize(fromEnv.url, 201)], [200, 413]);
        await fromEnv.stop();
        const fromFlag = await started(root, ['--body-limit', '1kb'], { UPLIFT_BODY_LIMIT: '200' });
        assert.deepEqual([await postSize(fromFlag.url, 1024), await postSize(fromFlag.url, 1025)], [200, 413]);
        await fromFlag.stop();
    });
    it('--trust-proxy and --allowed-origin let forms through a TLS proxy and from a listed site', async () => {
        const root = await tmpApp(echo);
        const proxied = { origin: 'https://shop.example', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example' };
        const partner = { origin: 'https://partner.example' };
        const plain = await started(root, []);
        assert.deepEqual([await postSize(plain.url, 1, proxied), await postSize(plain.url, 1, partner)], [403, 403]);
        await plain.stop();
        const configured = await started(root, ['--trust-proxy', '--allowed-origin', 'https://partner.example'], { UPLIFT_ALLOWED_ORIGINS: 'https://ignored.example' });
        assert.deepEqual([await postSize(configured.url, 1, proxied), await postSize(configured.url, 1, partner)], [200, 200]);
        await configured.stop();
        const fromEnv = await started(root, [], { UPLIFT_TRUST_PROXY: 'true', UPLIFT_ALLOWED_ORIGINS: 'https://other.example, https://partner.example' });
        assert.deepEqual([await postSize(fromEnv.url, 1, proxied), await postSize(fromEnv.url, 1, partner)], [200, 200]);
        await fromEnv.stop();
    });
    it('a bad value in the config file stops start-up with its code', async () => {
        const root = await tmpApp({ ...echo, 'uplift.config.mjs': 'export default { bodyLimit: "5mb" }' });
        const cli = runCli(['start', root, '--port', '0']);
        assert.equal(await cli.exited, 1);
        assert.equal(cli.stderr(), 'uplift: UPLIFT_CONFIG: uplift.config.mjs: option "bodyLimit" must be integer, got string. See docs/configuration.md.\n');
    });
});
describe('loadConfig', () => {
    it('is empty without a config file', async () => {
        assert.deepEqual(await loadConfig(await tmpApp({})), { file: undefined, config: {} });
    });
    const refused = [
        ['a misspelt key', 'export default { bodylimit: 5 }', /uplift\.config\.mjs: unknown option "bodylimit" \(did you mean "bodyLimit"\?\)\. Known options: dev, bodyLimit, /],
        ['a misspelt nested key', 'export default { session: { cookiename: "s" } }', /unknown option "session\.cookiename" \(did you mean "cookieName"\?\)\. Known options of session: secrets, /],
        ['a key close to nothing', 'export default { colour: "red" }', /unknown option "colour"\. Known options/],
        ['csrf: true', 'export default { csrf: true }', /option "csrf" must be false or object, got boolean/],
        ['no default export', 'export const bodyLimit = 5', /has no default export\. Write `export default \{ bodyLimit: 5_000_000 \}`/],
        ['an array', 'export default [1]', /the default export must be an object, got array/],
        ['a syntax error', 'export default {\n  bodyLimit: 5,,\n}', /uplift\.config\.mjs:2:16: SyntaxError: Unexpected token ','\. Fix the config file\./],
    ];
    for (const [name, source, message] of refused) {
        it(`refuses ${name}`, async () => {
            const root = await tmpApp({ 'uplift.config.mjs': source });
            await assert.rejects(loadConfig(root), (error) => {
                assert.equal(error.code, 'UPLIFT_CONFIG');
                assert.match(error.message, message);
                return true;
            });
        });
    }
    it('accepts every option createApp takes', async () => {
        const root = await tmpApp({
            'uplift.config.mjs': `export default {
        dev: false, bodyLimit: 5, maxUrlLength: 100, trustProxy: true, csrf: { allowedOrigins: ['https://a.example'] },
        session: { cookieName: 's', secure: 'auto', maxAge: 60 }, logger: console, port: 0, host: '127.0.0.1',
        headersTimeout: 1000, requestTimeout: 2000,
      }`,
        });
        const { config } = await loadConfig(root);
        assert.equal(config.bodyLimit, 5);
        assert.equal(config.session?.secure, 'auto');
    });
});
//# sourceMappingURL=config.test.js.map