/** The checkout's root: this module runs from `dist/scripts/soak/`, three levels below it. */
export declare const repoRoot: string;
/** The CLI the soak starts its child with, exactly as a user would. */
export declare const upliftBin: string;
/** The example app (the folder holding `app/`), the soak's default target. */
export declare const exampleRoot: string;
