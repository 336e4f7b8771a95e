import type { Node } from './nodes.js';
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
  private readonly nodes: Node[] = [];
  private run: string[] = [];

  text(text: string): void {
    if (text !== '') this.run.push(text);
  }

  node(node: Node): void {
    this.flush();
    this.nodes.push(node);
  }

  all(nodes: readonly Node[]): void {
    for (const node of nodes) {
      if (typeof node === 'string') this.text(node);
      else this.node(node);
    }
  }

  done(): Node[] {
    this.flush();
    return this.nodes;
  }

  private flush(): void {
    if (this.run.length === 0) return;
    this.nodes.push(joinFlat(this.run));
    this.run = [];
  }
}
