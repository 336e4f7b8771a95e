import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { didYouMean } from '../common/did-you-mean.js';
import { UpliftError } from '../common/errors.js';
import { describeImportError, locateImportError } from '../loader/import-error.js';
import { configKeys, type KeySpec, type UpliftConfig, type ValueType } from './config-schema.js';

/** The names a config file may have in the app's root, in the order they are looked for. */
const configFileNames: readonly string[] = ['uplift.config.mjs', 'uplift.config.js', 'uplift.config.ts', 'uplift.config.mts'];

/** A loaded config: its file (undefined when the app has none) and its options. */
export interface LoadedConfig {
  readonly file: string | undefined;
  readonly config: UpliftConfig;
}

/**
 * Reads `uplift.config.mjs` (or `.js`, `.ts`, `.mts`) from `root`, or `explicitFile` when given.
 * The default export must be an object of known options: an unknown key stops start-up with the
 * closest known name, so `bodylimit: 5e6` is not silently ignored.
 */
export async function loadConfig(root: string, explicitFile?: string): Promise<LoadedConfig> {
  const file = explicitFile === undefined ? await findConfigFile(root) : resolve(explicitFile);
  if (file === undefined) return { file: undefined, config: {} };
  let namespace: { default?: unknown };
  try {
    namespace = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_UNKNOWN_FILE_EXTENSION') {
      throw new UpliftError('UPLIFT_CONFIG', `${file}: this Node cannot import TypeScript without a loader. Rename it to uplift.config.mjs.`, { cause });
    }
    throw new UpliftError('UPLIFT_CONFIG', `${describeImportError(await locateImportError(cause, file), cause)}. Fix the config file.`, { cause });
  }
  if (namespace.default === undefined) {
    throw new UpliftError('UPLIFT_CONFIG', `${file}: has no default export. Write \`export default { bodyLimit: 5_000_000 }\`.`);
  }
  checkObject(namespace.default, configKeys, basename(file), '');
  return { file, config: namespace.default as UpliftConfig };
}

async function findConfigFile(root: string): Promise<string | undefined> {
  for (const name of configFileNames) {
    const file = join(root, name);
    if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  }
  return undefined;
}

/** Checks keys and value types; `path` is where `value` sits (`session.`), for the message. */
function checkObject(value: unknown, keys: Readonly<Record<string, KeySpec>>, file: string, path: string): void {
  if (typeOf(value) !== 'object') {
    throw new UpliftError('UPLIFT_CONFIG', `${file}: ${path === '' ? 'the default export' : path.slice(0, -1)} must be an object, got ${typeOf(value)}.`);
  }
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const spec = Object.hasOwn(keys, key) ? keys[key] : undefined;
    if (spec === undefined) {
      throw new UpliftError(
        'UPLIFT_CONFIG',
        `${file}: unknown option "${path}${key}"${didYouMean(key, Object.keys(keys))}. Known options${path === '' ? '' : ` of ${path.slice(0, -1)}`}: ${Object.keys(keys).join(', ')}. See docs/configuration.md.`,
      );
    }
    if (entry === undefined) continue;
    const type = typeOf(entry);
    if (!(spec.types as readonly string[]).includes(type) && !(entry === false && spec.types.includes('false'))) {
      throw new UpliftError('UPLIFT_CONFIG', `${file}: option "${path}${key}" must be ${spec.types.join(' or ')}, got ${type}. See docs/configuration.md.`);
    }
    if (spec.keys !== undefined && type === 'object') checkObject(entry, spec.keys, file, `${path}${key}.`);
  }
}

function typeOf(value: unknown): ValueType | string {
  if (Number.isInteger(value)) return 'integer';
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}
