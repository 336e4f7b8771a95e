/** The recordings the real Enhance runtime produced for the corpus, one JSON file per app. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './corpus.js';
import type { Recording } from './normalise.js';

export const recordingsDir: string = join(repoRoot, 'test', 'realworld', 'recordings');

export interface AppRecording {
  readonly app: string;
  readonly source: string;
  readonly licence: string;
  /** The Enhance packages that answered, `name@version`. */
  readonly runtime: string;
  readonly cases: Record<string, Recording>;
}

export async function readRecording(appName: string): Promise<AppRecording> {
  return JSON.parse(await readFile(join(recordingsDir, `${appName}.json`), 'utf8')) as AppRecording;
}
