import { joinFlat } from '../strings/flat-string.js';
/**
 * A node list under construction in which consecutive strings become one flat string. Strings
 * are gathered and joined once when a node interrupts the run or the list is done: joining each
 * new piece onto the run so far would copy the run every time, quadratic in a long static run
 * (render-time markup of thousands of plain elements). Static runs are stored flat because every
 * expansion appends them to the output, and a `+` chain would be a tree of pieces to walk on
 * every render.
 */
export class NodeRuns {
    nodes = [];
    run = [];
    text(text) {
        if (text !== '')
            this.run.push(text);
    }
    node(node) {
        this.flush();
        this.nodes.push(node);
    }
    all(nodes) {
        for (const node of nodes) {
            if (typeof node === 'string')
                this.text(node);
            else
                this.node(node);
        }
    }
    done() {
        this.flush();
        return this.nodes;
    }
    flush() {
        if (this.run.length === 0)
            return;
        this.nodes.push(joinFlat(this.run));
        this.run = [];
    }
}
//# sourceMappingURL=node-runs.js.map