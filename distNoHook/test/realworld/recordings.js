/** The recordings the real Enhance runtime produced for the corpus, one JSON file per app. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './corpus.js';
export const recordingsDir = join(repoRoot, 'test', 'realworld', 'recordings');
export async function readRecording(appName) {
    return JSON.parse(await readFile(join(recordingsDir, `${appName}.json`), 'utf8'));
}
//# sourceMappingURL=recordings.js.map