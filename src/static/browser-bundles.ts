import { mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { BuildFailure, Message } from 'esbuild';
import { UpliftError } from '../common/errors.js';

/** Script files esbuild bundles from `app/browser/`. */
const entryExtensions = /\.(?:mjs|js|cjs|ts|mts|jsx|tsx)$/;

/**
 * Bundles each top-level script in `app/browser/` to `public/browser/<same name>`, as Enhance's
 * rollup plugin does (`@enhance/arc-plugin-rollup`), so it is served at `/_public/browser/<name>`.
 * Each bundle is an ES module; bare imports resolve from the project's `node_modules`. Returns
 * the written paths relative to `public/`; nothing when there is no `app/browser/`.
 *
 * Called once at start-up (minified in production; with inline source maps in dev), and again by
 * the dev watcher when a file under `app/` changes. A syntax or resolution error stops with
 * UPLIFT_BROWSER_BUNDLE naming the file and line.
 *
 * @example
 * import { rebuildBrowserBundles } from 'uplift-html';
 * await rebuildBrowserBundles('/path/to/project', { dev: true });
 */
export async function rebuildBrowserBundles(root: string, options: { dev?: boolean } = {}): Promise<string[]> {
  const source = join(root, 'app', 'browser');
  const entries = await readdir(source, { withFileTypes: true }).catch(() => null);
  if (entries === null) return [];
  const files = entries.filter((entry) => entry.isFile() && entryExtensions.test(entry.name)).map((entry) => entry.name);
  if (files.length === 0) return [];
  const outdir = join(root, 'public', 'browser');
  await mkdir(outdir, { recursive: true });
  const written = files.map(outputName);
  // Loaded on the first bundle: an app without app/browser/ pays nothing for esbuild at start-up.
  const { build } = await import('esbuild');
  try {
    await Promise.all(files.map((name, i) => build({
      absWorkingDir: root,
      entryPoints: [join(source, name)],
      outfile: join(outdir, written[i] as string),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: options.dev !== true,
      sourcemap: options.dev === true ? 'inline' : false,
      write: true,
      logLevel: 'silent',
    })));
  } catch (error) {
    throw toBundleError(root, error);
  }
  return written.map((name) => `browser/${name}`);
}

/** The bundle keeps its entry's name; TypeScript, JSX and CommonJS entries become `.js` modules. */
function outputName(entry: string): string {
  return entry.endsWith('.mjs') || entry.endsWith('.js') ? entry : entry.replace(/\.\w+$/, '.js');
}

function toBundleError(root: string, error: unknown): unknown {
  const first: Message | undefined = (error as Partial<BuildFailure>).errors?.[0];
  if (first === undefined) return error;
  const where = first.location ? `${relative(root, join(root, first.location.file))}:${first.location.line}:${first.location.column + 1}` : 'app/browser/';
  return new UpliftError(
    'UPLIFT_BROWSER_BUNDLE',
    `${where}: ${first.text}. Browser bundles are built from each file in app/browser/; fix the code there (bare imports must be installed in node_modules).`,
  );
}
