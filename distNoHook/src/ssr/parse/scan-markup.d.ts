import type { TreeBuilder } from './tree-builder.js';
/** Tokenizes `src` into `builder`; false when it met something it leaves to htmlparser2. */
export declare function scanMarkup(src: string, builder: TreeBuilder): boolean;
