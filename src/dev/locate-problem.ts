import { isAbsolute, join } from 'node:path';
import { findExportDeclaration } from '../loader/export-location.js';

/** Where a start-up error points: a file relative to the project, with its line and column (from 1). */
export interface ProblemLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

// Every start-up error names its file first or inside the sentence; the first one is the place.
const fileInMessage = /((?:\/|app\/)[^\s:"'`]*?\.(?:mjs|js|mts|ts|html))(?::(\d+):(\d+))?/;
const exportName = /export "([A-Za-z_$][\w$]*)"|must (export default)/;

/**
 * Finds the file, line and column a start-up error is about, for the dev error page: the
 * `file:line:column` an import error leads with; else the declaration of the export the message
 * names (`export "get"`, "must export default"); else the file's first line (a route conflict
 * or a bad file name is about the file as a whole).
 */
export async function locateProblem(error: unknown, root: string): Promise<ProblemLocation | undefined> {
  const message = error instanceof Error ? error.message : String(error);
  const found = fileInMessage.exec(message);
  if (!found) return undefined;
  const shown = found[1] as string;
  const file = isAbsolute(shown) ? shown : join(root, shown);
  const relative = file.startsWith(`${root}/`) ? file.slice(root.length + 1) : shown;
  if (found[2] !== undefined) return { file: relative, line: Number(found[2]), column: Number(found[3]) };
  const wanted = exportName.exec(message);
  const declaration = wanted ? await findExportDeclaration(file, wanted[1] ?? 'default') : undefined;
  return { file: relative, line: declaration?.line ?? 1, column: declaration?.column ?? 1 };
}
