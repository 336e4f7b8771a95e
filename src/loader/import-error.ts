import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where an import failed: an absolute file path, and 1-based line and column when known. */
export interface ImportErrorLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

// `/abs/file.mjs:3:7: reason`: how the hook's syntax check and the TypeScript step report.
const leadingLocation = /^(\/[^\n]*?):(\d+):(\d+): /;

/**
 * Where importing `entry` failed, from the shapes Node 20 and the app module hook give:
 * - `/abs/file.mjs:3:7: reason` (the hook's syntax check and the TypeScript compiler);
 * - "Cannot find module … imported from /abs/file.mjs" (the importer, without a line);
 * - a stack that starts `file:///abs/file.mjs:3`, the source line, and a `^^^` marker under the
 *   column (a missing named export);
 * - a SyntaxError with no place at all (an import without the hook): `entry` is parsed again;
 * - a stack frame `at file:///abs/file.mjs:3:7` (a module that throws while it runs), the app's
 *   own frame preferred over a package's.
 * Otherwise (a missing package, for instance) the entry itself, without a line.
 */
export async function locateImportError(error: unknown, entry: string): Promise<ImportErrorLocation> {
  if (!(error instanceof Error)) return { file: entry };
  const leading = leadingLocation.exec(error.message);
  if (leading) return { file: leading[1] as string, line: Number(leading[2]), column: Number(leading[3]) };
  // Node's own resolution errors name the importer in the message; their stacks are Node's.
  const importer = / imported from (\/\S+)$/.exec(error.message);
  if (importer) return { file: importer[1] as string };
  const stack = error.stack ?? '';
  const header = /^(file:\/\/\S+?):(\d+)\n[^\n]*\n( *)\^/.exec(stack);
  if (header) return { file: toPath(header[1] as string), line: Number(header[2]), column: (header[3] as string).length + 1 };
  // A syntax error's stack holds the importer's frames, not the file's: parse the file first.
  const reparsed = error.name === 'SyntaxError' ? await reparse(entry) : undefined;
  if (reparsed) return { file: entry, ...reparsed };
  return appFrame(stack) ?? { file: entry };
}

/**
 * `app/lib/notes.mjs:3:7: SyntaxError: Unexpected token ')'`: the place (named by `shown`, e.g.
 * relative to the project) and the reason, without the location the message may already lead with.
 */
export function describeImportError(where: ImportErrorLocation, error: unknown, shown: (file: string) => string = (file) => file): string {
  const position = where.line === undefined ? '' : `:${where.line}:${where.column ?? 1}`;
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? `${error.name}: ` : '';
  return `${shown(where.file)}${position}: ${name}${message.replace(leadingLocation, '')}`;
}

/** The first stack frame in a file outside `node_modules`, else the first frame in any file. */
function appFrame(stack: string): ImportErrorLocation | undefined {
  let first: ImportErrorLocation | undefined;
  for (const frame of stack.matchAll(/\((file:\/\/[^)\s]+?):(\d+):(\d+)\)|at (file:\/\/\S+?):(\d+):(\d+)$/gm)) {
    const [url, line, column] = frame[1] !== undefined ? [frame[1], frame[2], frame[3]] : [frame[4], frame[5], frame[6]];
    const found = { file: toPath(url as string), line: Number(line), column: Number(column) };
    if (!found.file.includes('/node_modules/')) return found;
    first ??= found;
  }
  return first;
}

/** Node 20 gives a syntax error in a module imported without the hook no place: check it again. */
async function reparse(file: string): Promise<{ line: number; column: number } | undefined> {
  // The checker loads acorn, which a process that never fails an import has no need to load.
  const { checkModuleSyntax } = await import('./syntax-check.js');
  try {
    checkModuleSyntax(readFileSync(file, 'utf8'), file);
  } catch (error) {
    const found = error instanceof Error ? leadingLocation.exec(error.message) : null;
    if (found) return { line: Number(found[2]), column: Number(found[3]) };
  }
  return undefined;
}

function toPath(url: string): string {
  // A version query (`?uplift-dev=3`) is not part of the file's name.
  return fileURLToPath(url.replace(/\?.*$/, ''));
}
