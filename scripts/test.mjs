#!/usr/bin/env node
/**
 * `npm test`. tsc takes most of ten seconds on one core, and the tests could use both cores from
 * the start; so the TypeScript is compiled to dist/ with esbuild instead (types erased, under a
 * second), and the test files and tsc's type check run side by side. A type error fails the run
 * as a failing test does. The check is incremental: its state is kept in node_modules/.cache,
 * which a clean clone lacks. `npm run build` (tsc, with declarations) stays the build that is
 * published. Plain JavaScript, since it runs before anything is compiled.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const sourceFolders = ['src', 'test', 'bench', 'scripts'];
const testFolders = ['dist/test', 'dist/test/unit', 'dist/test/hostile', 'dist/test/realworld'];

/** Every `.ts` file under `folder` (declaration files hold no code). */
function typeScriptFiles(folder) {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(folder, name));
}

/** The test files of one folder, in the order a shell glob lists them. */
function testFiles(folder) {
  return readdirSync(join(root, folder)).filter((name) => name.endsWith('.test.js')).sort().map((name) => join(folder, name));
}

function run(command, args, options) {
  const child = spawn(command, args, { cwd: root, ...options });
  return once(child, 'exit').then(([code, signal]) => code ?? (signal ? 1 : 0));
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: sourceFolders.flatMap(typeScriptFiles),
  outdir: 'dist',
  outbase: '.',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const cache = join('node_modules', '.cache', 'uplift', 'tsc.tsbuildinfo');
let typeErrors = '';
const checker = spawn(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit', '--incremental', '--tsBuildInfoFile', cache], { cwd: root });
checker.stdout.on('data', (chunk) => (typeErrors += chunk));
checker.stderr.on('data', (chunk) => (typeErrors += chunk));
const checked = once(checker, 'exit').then(([code]) => code);

const tests = await run(process.execPath, ['--test', '--test-concurrency=2', ...testFolders.flatMap(testFiles)], { stdio: 'inherit' });
const types = await checked;
if (types !== 0) process.stderr.write(`\nThe type check failed (tsc --noEmit):\n${typeErrors}`);
process.exit(tests !== 0 ? tests : types === 0 ? 0 : 1);
