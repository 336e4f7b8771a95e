#!/usr/bin/env node
/**
 * `npm test`. tsc takes most of ten seconds on one core, and the tests could use both cores from
 * the start; so the TypeScript is compiled to dist/ with esbuild instead (types erased, under a
 * second), and the test files and a type check run side by side. A type error fails the run as a
 * failing test does. The check is tsgo (`@typescript/native-preview`, the Go port of the
 * TypeScript compiler), which checks the project in about 2 s of CPU where tsc 5 takes 15 s, on a
 * machine whose two cores the tests keep busy. `npm run build` (tsc 5, with declarations) stays
 * the build that is published, and `npm ci` runs it (the `prepare` script), so a clean checkout is
 * also checked by the stable compiler. Plain JavaScript, since it runs before anything is compiled.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const sourceFolders = ['src', 'test', 'bench', 'scripts'];
/** Folders whose files each run in a process of their own. */
const testFolders = ['dist/test', 'dist/test/realworld'];
/**
 * Folders whose files share one process each. Their tests call functions, serve apps from servers
 * in the test's own process, or drive Chromium: no CLI children or environment changes, which stay
 * in `test/` itself. A process per file cost more than the tests, since each loads Uplift and
 * starts the app module hook's worker thread: measured as separate processes and then as one, the
 * 24 unit files took 25 s and 9.5 s of CPU, the 25 in-process files 39 s and 12.7 s, the 6 hostile
 * files 9.1 s and 5.5 s. The browser files also share one Chromium (test/helpers/browser.ts), whose
 * launch costs ~2 s of CPU. Any file still runs alone: `node --test dist/test/unit/<name>.test.js`.
 */
const groupedFolders = ['dist/test/unit', 'dist/test/in-process', 'dist/test/hostile', 'dist/test/browser'];

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

/** An entry file, next to `folder`, that imports every test file in it: one process for all. */
function groupEntry(folder) {
  const entry = `${folder}.group.js`;
  const imports = testFiles(folder).map((file) => `import './${relative(dirname(entry), file)}';\n`);
  writeFileSync(join(root, entry), imports.join(''));
  return entry;
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

const tsgo = join(dirname(createRequire(import.meta.url).resolve('@typescript/native-preview/package.json')), 'bin', 'tsgo');
let typeErrors = '';
const checker = spawn(process.execPath, [tsgo, '-p', 'tsconfig.json', '--noEmit'], { cwd: root });
checker.stdout.on('data', (chunk) => (typeErrors += chunk));
checker.stderr.on('data', (chunk) => (typeErrors += chunk));
const checked = once(checker, 'exit').then(([code]) => code);

const entries = [...groupedFolders.map(groupEntry), ...testFolders.flatMap(testFiles)];
const tests = await run(process.execPath, ['--test', '--test-concurrency=2', ...entries], { stdio: 'inherit' });
const types = await checked;
if (types !== 0) process.stderr.write(`\nThe type check failed (tsgo --noEmit):\n${typeErrors}`);
process.exit(tests !== 0 ? tests : types === 0 ? 0 : 1);
