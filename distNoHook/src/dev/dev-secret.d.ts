/**
 * The session secret `uplift dev` uses when the environment sets none: kept in
 * `<root>/.uplift/dev-secret` so a restart does not log everyone out. The folder gets its own
 * `.gitignore` (`*`), so the secret is never committed, whatever the app's own `.gitignore` says.
 * Created on first use with owner-only permissions.
 *
 * @example
 * const secret = await readDevSecret('/srv/site'); // the same value on every start
 */
export declare function readDevSecret(root: string): Promise<string>;
