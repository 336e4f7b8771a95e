import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A temporary `app` folder holding empty route files. */
export interface RouteApp {
  /** `<tmp>/app`. */
  readonly appDir: string;
  /** Removes the whole temporary folder. */
  remove(): Promise<void>;
}

/**
 * Creates `<tmp>/app` with the given files (paths relative to `app`, `/`-separated), each holding
 * a one-line comment so tests can tell files apart if they read them.
 *
 * @example const app = await createRouteApp(['api/index.mjs', 'pages/about.html']);
 */
export async function createRouteApp(files: readonly string[]): Promise<RouteApp> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'uplift-routes-'));
  const appDir = path.join(root, 'app');
  await mkdir(appDir);
  for (const file of files) {
    const full = path.join(appDir, ...file.split('/'));
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, `// ${file}\n`);
  }
  return { appDir, remove: () => rm(root, { recursive: true, force: true }) };
}
