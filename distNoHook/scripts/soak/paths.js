import { resolve } from 'node:path';
/** The checkout's root: this module runs from `dist/scripts/soak/`, three levels below it. */
export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
/** The CLI the soak starts its child with, exactly as a user would. */
export const upliftBin = resolve(repoRoot, 'bin', 'uplift.js');
/** The example app (the folder holding `app/`), the soak's default target. */
export const exampleRoot = resolve(repoRoot, 'example');
//# sourceMappingURL=paths.js.map