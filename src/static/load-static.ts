import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UpliftError } from '../common/errors.js';
import { readArcFingerprint } from './arc-static.js';
import { rebuildBrowserBundles } from './browser-bundles.js';
import type { PublicUrlRewriter } from '../ssr/parse/public-urls.js';
import { createPublicRewriter } from './fingerprint.js';
import type { StaticLimits } from './static-file.js';
import { createStaticTable, type StaticTable } from './static-table.js';

/** Static delivery settings of `createApp` (docs/static.md). */
export interface StaticOptions {
  /** Files up to this many bytes are held in memory with their compressed copies. Default 64 KiB. */
  inMemoryLimit?: number;
  /** The most bytes held files and their compressed copies may take together. Default 64 MiB. */
  memoryLimit?: number;
  /** Compressible files from this many bytes are compressed. Default 1 KiB. */
  compressMin?: number;
  /**
   * Serve `/_public/<name>-<hash>.<ext>` and rewrite page URLs to it. Default: on in production
   * unless `.arc` says `@static fingerprint false`; always off in dev unless set to true here.
   */
  fingerprint?: boolean;
}

/** Static delivery, ready: the table, and the page URL rewriter when fingerprinting is on. */
export interface StaticSite {
  readonly table: StaticTable;
  /** Null when fingerprinting is off. */
  readonly publicUrls: PublicUrlRewriter | null;
}

/**
 * Builds the browser bundles (the dev watcher rebuilds them on change), then lists `public/`.
 * Null when the project has no `public/` folder and no bundles.
 */
export async function loadStatic(root: string, options: StaticOptions, dev: boolean, warn: (message: string) => void): Promise<StaticSite | null> {
  const limits = resolveLimits(options);
  await rebuildBrowserBundles(root, { dev });
  const publicDir = join(root, 'public');
  if (!(await stat(publicDir).catch(() => null))?.isDirectory()) return null;
  const fingerprint = options.fingerprint ?? (dev ? false : ((await readArcFingerprint(root)) ?? true));
  const table = await createStaticTable({ root: await realpath(publicDir), limits, fingerprint, dev, warn });
  return { table, publicUrls: fingerprint ? createPublicRewriter(table.fingerprinted) : null };
}

function resolveLimits(options: StaticOptions): StaticLimits {
  const size = (value: number | undefined, name: string, fallback: number): number => {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || value < 0) {
      throw new UpliftError('UPLIFT_CONFIG', `createApp: static.${name} must be a whole number of bytes, got ${String(value)}`);
    }
    return value;
  };
  return {
    inMemoryLimit: size(options.inMemoryLimit, 'inMemoryLimit', 64 * 1024),
    memoryLimit: size(options.memoryLimit, 'memoryLimit', 64 * 1024 * 1024),
    compressMin: size(options.compressMin, 'compressMin', 1024),
  };
}
