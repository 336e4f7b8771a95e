import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
/**
 * The session secret `uplift dev` uses when the environment sets none: kept in
 * `<root>/.uplift/dev-secret` so a restart does not log everyone out. The folder gets its own
 * `.gitignore` (`*`), so the secret is never committed, whatever the app's own `.gitignore` says.
 * Created on first use with owner-only permissions.
 *
 * @example
 * const secret = await readDevSecret('/srv/site'); // the same value on every start
 */
export async function readDevSecret(root) {
    const folder = join(root, '.uplift');
    const file = join(folder, 'dev-secret');
    const existing = await readFile(file, 'utf8').catch(() => '');
    // 32 bytes is what A256GCM, the default algorithm, needs; a shorter file is rewritten.
    if (Buffer.byteLength(existing.trim()) >= 32)
        return existing.trim();
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, '.gitignore'), '# Written by uplift dev: local secrets, never committed.\n*\n');
    const secret = randomBytes(32).toString('base64url');
    await writeFile(file, `${secret}\n`, { mode: 0o600 });
    return secret;
}
//# sourceMappingURL=dev-secret.js.map