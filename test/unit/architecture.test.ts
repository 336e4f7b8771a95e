import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { it } from 'node:test';

/**
 * Dependency direction (docs/ARCHITECTURE.md): capability folders never import the pipeline, the
 * adapters, the server or the CLI; adapters import only the core's shapes; the core never imports
 * adapters, server or CLI. A recurring bug class made into a check that fails.
 */
const srcRoot = resolve(import.meta.dirname, '..', '..', '..', 'src');
const capabilities = ['routes', 'router', 'request', 'response', 'body', 'session', 'cookies', 'security', 'ssr', 'api'];
const forbidden: Record<string, string[]> = Object.fromEntries([
  ...capabilities.map((folder) => [folder, ['core/app', 'core/handle', 'adapters', 'server', 'cli']]),
  ['core', ['adapters', 'server', 'cli']],
  ['adapters', ['server', 'cli', ...capabilities]],
  ['server', ['cli']],
]);

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : Promise.resolve(entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))),
  );
  return nested.flat();
}

it('keeps imports flowing in one direction', async () => {
  const violations: string[] = [];
  for (const file of await sourceFiles(srcRoot)) {
    const folder = relative(srcRoot, file).split('/')[0] ?? '';
    const rules = forbidden[folder];
    if (!rules) continue;
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/from '(\.[^']+)'/g)) {
      const target = relative(srcRoot, resolve(join(file, '..'), match[1] as string)).replace(/\.js$/, '');
      if (rules.some((rule) => target === rule || target.startsWith(`${rule}/`))) {
        violations.push(`${relative(srcRoot, file)} imports ${target}`);
      }
    }
  }
  assert.deepEqual(violations, []);
});

it('keeps modules small enough to read (under 300 lines)', async () => {
  const large: string[] = [];
  for (const file of await sourceFiles(srcRoot)) {
    const lines = (await readFile(file, 'utf8')).split('\n').length;
    if (lines > 300) large.push(`${relative(srcRoot, file)}: ${lines} lines`);
  }
  assert.deepEqual(large, []);
});
