import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { immutableCacheControl } from './cache-control.js';
import { fingerprintKey } from './fingerprint.js';
import { resolveInside, scanPublic } from './scan-public.js';
import { loadStaticFile, type MemoryBudget, type StaticFile, type StaticLimits } from './static-file.js';

/** The files of `public/`, looked up by key. */
export interface StaticTable {
  /** The real path of `public/`. */
  readonly root: string;
  /** The file for a key, or null. In production a Map lookup; in development a check on disk. */
  find(key: string): StaticFile | null | Promise<StaticFile | null>;
  /** Original key → fingerprinted key, for every file (empty when fingerprinting is off). */
  readonly fingerprinted: ReadonlyMap<string, string>;
}

export interface StaticTableOptions {
  /** The real path of `public/`. */
  readonly root: string;
  readonly limits: StaticLimits;
  readonly fingerprint: boolean;
  /** Development: files added or changed after start-up are served as they are now. */
  readonly dev: boolean;
  readonly warn: (message: string) => void;
}

/**
 * Production: the whole folder is scanned once and the table never changes; a file added later is
 * not served until the next start (so a request can never make Uplift read a file it did not
 * list). Development: each request checks the file on disk and reloads it when it changed, so an
 * edit shows on the next reload; held copies are replaced, never added to, so memory stays bounded
 * by the folder's size.
 */
export async function createStaticTable(options: StaticTableOptions): Promise<StaticTable> {
  const { root, limits } = options;
  const budget: MemoryBudget = { remaining: limits.memoryLimit };
  const byKey = new Map<string, StaticFile>();
  const skip = (key: string, reason: string): void => options.warn(`public/${key} is not served: ${reason}.`);
  const found = await scanPublic(root, skip);
  for (const { key, path, stats } of found) {
    byKey.set(key, await loadStaticFile(key, path, stats, limits, budget, options.fingerprint));
  }
  const fingerprinted = new Map<string, string>();
  const immutable = new Map<string, StaticFile>();
  if (options.fingerprint) {
    for (const file of byKey.values()) {
      const hashed = fingerprintKey(file.key, file.hash as string);
      fingerprinted.set(file.key, hashed);
      immutable.set(hashed, { ...file, headers: { ...file.headers, 'cache-control': immutableCacheControl } });
    }
  }
  const findHashed = (key: string): StaticFile | null => immutable.get(key) ?? null;
  if (options.dev) return { root, fingerprinted, find: (key) => findHashed(key) ?? findOnDisk(options, byKey, budget, key) };
  return {
    root,
    fingerprinted,
    find(key) {
      return byKey.get(key) ?? findHashed(key);
    },
  };
}

async function findOnDisk(options: StaticTableOptions, byKey: Map<string, StaticFile>, budget: MemoryBudget, key: string): Promise<StaticFile | null> {
  const real = await resolveInside(options.root, join(options.root, key));
  const stats = real === null ? null : await stat(real).catch(() => null);
  const known = byKey.get(key);
  if (real === null || !stats?.isFile()) {
    if (known !== undefined) forget(byKey, budget, known);
    return null;
  }
  if (known !== undefined && known.path === real && known.ino === stats.ino && known.size === stats.size && known.mtimeMs === stats.mtimeMs) {
    return known;
  }
  if (known !== undefined) forget(byKey, budget, known);
  const file = await loadStaticFile(key, real, stats, options.limits, budget, false);
  // A concurrent request may have loaded the same file meanwhile: give its memory back first.
  const raced = byKey.get(key);
  if (raced !== undefined) forget(byKey, budget, raced);
  byKey.set(key, file);
  return file;
}

function forget(byKey: Map<string, StaticFile>, budget: MemoryBudget, file: StaticFile): void {
  byKey.delete(file.key);
  budget.remaining += (file.body?.byteLength ?? 0) + (file.br?.byteLength ?? 0) + (file.gzip?.byteLength ?? 0);
}
