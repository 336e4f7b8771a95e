import { readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import type { Node } from 'acorn';
import { compileTypeScript } from './typescript.js';

/** A place in a source file; line and column count from 1. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

interface Program extends Node {
  body: Node[];
}
interface ExportStatement extends Node {
  source?: unknown;
  declaration?: (Node & { id?: { name: string } | null; declarations?: Array<{ id: { name?: string } }> }) | null;
  specifiers?: Array<{ local: { name?: string }; exported: { name?: string } }>;
}

/**
 * Where `file` declares its export `name` (`default` for the default export), so an error about
 * that export can name its line; undefined when the file cannot be read or parsed. TypeScript is
 * compiled first (the compiler may move `export const get` into an `export { get }` list at the
 * end) and the declaration found there is mapped back to the `.ts` line through the source map.
 *
 * @example
 * await findExportDeclaration('/srv/site/app/api/notes.ts', 'get'); // { line: 4, column: 8 }
 */
export async function findExportDeclaration(file: string, name: string): Promise<SourcePosition | undefined> {
  const source = await readFile(file, 'utf8').catch(() => undefined);
  if (source === undefined) return undefined;
  let program: Program;
  let compiled: { code: string } | undefined;
  try {
    compiled = await compileTypeScript(source, { filename: file, kind: 'other' });
    // Loaded here, for a message about a broken module: a healthy app's process never needs acorn.
    const { parse } = await import('acorn');
    program = parse(compiled?.code ?? source, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as Program;
  } catch {
    return undefined;
  }
  const start = declarationOf(program, name)?.loc?.start;
  if (start === undefined) return undefined;
  if (compiled === undefined) return { line: start.line, column: start.column + 1 };
  const entry = inlineSourceMap(compiled.code)?.findEntry(start.line - 1, start.column);
  // An empty entry (no mapping) has no originalLine.
  return entry && 'originalLine' in entry ? { line: entry.originalLine + 1, column: entry.originalColumn + 1 } : undefined;
}

/**
 * The statement that declares export `name`: an `export` with its declaration, else the top-level
 * declaration of the local binding an `export { local as name }` list names, else that list.
 */
function declarationOf(program: Program, name: string): Node | undefined {
  for (const statement of program.body as ExportStatement[]) {
    if (statement.type === 'ExportDefaultDeclaration' && name === 'default') return statement;
    if (statement.type !== 'ExportNamedDeclaration') continue;
    if (declaredNames(statement.declaration).includes(name)) return statement;
    const specifier = statement.specifiers?.find((candidate) => candidate.exported.name === name);
    if (specifier === undefined) continue;
    const local = specifier.local.name;
    const declaration = statement.source == null && local !== undefined ? program.body.find((node) => declaredNames(node).includes(local)) : undefined;
    return declaration ?? statement;
  }
  return undefined;
}

function declaredNames(node: ExportStatement['declaration'] | Node): string[] {
  const declaration = node as ExportStatement['declaration'];
  if (declaration == null) return [];
  if (declaration.id?.name !== undefined) return [declaration.id.name];
  return (declaration.declarations ?? []).flatMap((declarator) => (declarator.id.name === undefined ? [] : [declarator.id.name]));
}

function inlineSourceMap(code: string): SourceMap | undefined {
  const data = /\/\/# sourceMappingURL=data:application\/json;base64,(\S+)\s*$/.exec(code)?.[1];
  return data === undefined ? undefined : new SourceMap(JSON.parse(Buffer.from(data, 'base64').toString('utf8')));
}
