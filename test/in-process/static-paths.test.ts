import assert from 'node:assert/strict';
import { rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startApp, tmpApp } from '../helpers/app.js';
import { rawGet, requestBytes } from '../helpers/http.js';

const secret = 'TOP-SECRET-VALUE';

/**
 * Paths after `/_public/` that try to reach `secret.txt` (next to `public/`) or to smuggle a
 * separator, dot segment or NUL past the decoder: encoded, double-encoded, overlong UTF-8,
 * backslashes and mixtures of them.
 */
const traversals: readonly string[] = [
  '../secret.txt',
  '%2e%2e/secret.txt',
  '%2E%2E/secret.txt',
  '.%2e/secret.txt',
  '%2e./secret.txt',
  '%252e%252e/secret.txt',
  '%252E%252E%252Fsecret.txt',
  '..%2fsecret.txt',
  '..%2Fsecret.txt',
  '%2e%2e%2fsecret.txt',
  '..%5csecret.txt',
  '..\\secret.txt',
  '%5c..%5csecret.txt',
  '%c0%ae%c0%ae/secret.txt',
  '..%c0%afsecret.txt',
  '%e0%80%ae%e0%80%ae/secret.txt',
  '..%c1%9csecret.txt',
  'styles/app.css%00.png',
  'styles/app.css%2500',
  '%2e%2e%5csecret.txt',
  'styles/../../secret.txt',
  'styles/%2e%2e/%2e%2e/secret.txt',
  '.%00./secret.txt',
  '%252e%252e%255csecret.txt',
  '%u002e%u002e/secret.txt',
  '..%255csecret.txt',
  '/..%2f..%2fsecret.txt',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..;/secret.txt',
  '%ef%bc%8e%ef%bc%8e/secret.txt',
  '.%2E/%2e./secret.txt',
  '%2e%2e%c0%afsecret.txt',
  '%%32%65%%32%65/secret.txt',
  '%25%32%65%25%32%65/secret.txt',
  'styles%2f..%2f..%2fsecret.txt',
  'styles\\..\\..\\secret.txt',
  'styles%5capp.css',
  '%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%c0%2e%c0%2e/secret.txt',
  'styles/%2e%2e%2f%2e%2e%2fsecret.txt%00.css',
  '.env',
  '%2eenv',
];

describe('nothing outside public/ is ever read', async () => {
  const root = await tmpApp({
    'app/pages/index.html': '<p>x</p>',
    'secret.txt': secret,
    'outside/secret.css': secret,
    'public/styles/app.css': 'p { color: red }',
    'public/big.txt': 'b'.repeat(200_000),
    'public/media/big.txt': 'm'.repeat(200_000),
    // Same name, size and mtime as public/media/big.txt: only its inode tells it apart.
    'outside/media/big.txt': secret.padEnd(200_000, 'm'),
    'public/.env': secret,
  });
  const listedMtime = new Date('2026-01-01T00:00:00Z');
  await utimes(join(root, 'public/media/big.txt'), listedMtime, listedMtime);
  await utimes(join(root, 'outside/media/big.txt'), listedMtime, listedMtime);
  await symlink(join(root, 'secret.txt'), join(root, 'public', 'absolute-link.txt'));
  await symlink('../secret.txt', join(root, 'public', 'relative-link.txt'));
  await symlink(join(root, 'outside'), join(root, 'public', 'linked-dir'));
  await symlink('styles/app.css', join(root, 'public', 'inside-link.css'));
  const production = await startApp(root, { static: { fingerprint: false } });
  const dev = await startApp(root, { dev: true });

  it(`refuses ${traversals.length} traversal variants with a 4xx, in production and in dev`, async () => {
    assert.ok(traversals.length >= 25);
    for (const app of [production, dev]) {
      for (const path of traversals) {
        const response = await rawGet(app.port, `/_public/${path}`);
        assert.ok(response.status >= 400 && response.status < 500, `${path}: ${response.status}`);
        assert.ok(!response.body.includes(secret), path);
      }
    }
    // The refusals say why, without echoing more than a bounded part of the path.
    const refused = await rawGet(production.port, '/_public/%252e%252e/secret.txt');
    assert.equal(refused.status, 400);
    assert.match(refused.body, /percent-encoded twice/);
    assert.match((await rawGet(production.port, '/_public/styles%5capp.css')).body, /backslash/);
  });

  it('does not follow a symlink that leads outside public/, and says so at start-up', async () => {
    for (const app of [production, dev]) {
      for (const path of ['absolute-link.txt', 'relative-link.txt', 'linked-dir/secret.css']) {
        const response = await requestBytes(`${app.url}/_public/${path}`);
        assert.equal(response.status, 404, path);
        assert.ok(!response.body.toString().includes(secret));
      }
      // A link that stays inside public/ is served.
      assert.equal((await requestBytes(`${app.url}/_public/inside-link.css`)).body.toString(), 'p { color: red }');
    }
    assert.ok(production.logger.lines.some((line) => line.includes('public/absolute-link.txt is not served: it is a link to a file outside public/')), production.logger.lines.join('\n'));
  });

  it('refuses a streamed file replaced by a link after start-up', async () => {
    assert.equal((await requestBytes(`${production.url}/_public/big.txt`, {}, 'HEAD')).status, 200);
    await rm(join(root, 'public', 'big.txt'));
    await symlink(join(root, 'secret.txt'), join(root, 'public', 'big.txt'));
    const response = await requestBytes(`${production.url}/_public/big.txt`);
    assert.equal(response.status, 404);
    assert.ok(!response.body.toString().includes(secret));
    // A changed (not linked) file is refused too: its listed length and ETag no longer hold.
    await rm(join(root, 'public', 'big.txt'));
    await writeFile(join(root, 'public', 'big.txt'), 'c'.repeat(100));
    assert.equal((await requestBytes(`${production.url}/_public/big.txt`)).status, 404);
  });

  it('refuses a streamed file whose folder was replaced by a link after start-up', async () => {
    assert.equal((await requestBytes(`${production.url}/_public/media/big.txt`, {}, 'HEAD')).status, 200);
    await rename(join(root, 'public', 'media'), join(root, 'public-media-listed'));
    await symlink(join(root, 'outside', 'media'), join(root, 'public', 'media'));
    const response = await requestBytes(`${production.url}/_public/media/big.txt`);
    assert.equal(response.status, 404);
    assert.ok(!response.body.toString().includes(secret));
  });
});
