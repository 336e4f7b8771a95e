import type { Node } from './nodes.js';
/**
 * A node list under construction in which consecutive strings become one flat string. Strings
 * are gathered and joined once when a node interrupts the run or the list is done: joining each
 * new piece onto the run so far would copy the run every time, quadratic in a long static run
 * (render-time markup of thousands of plain elements). Static runs are stored flat because every
 * expansion appends them to the output, and a `+` chain would be a tree of pieces to walk on
 * every render.
 */
export declare class NodeRuns {
    private readonly nodes;
    private run;
    text(text: string): void;
    node(node: Node): void;
    all(nodes: readonly Node[]): void;
    done(): Node[];
    private flush;
}
