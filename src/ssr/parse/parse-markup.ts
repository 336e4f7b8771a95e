/**
 * Markup → light tree (see nodes.ts). Template sources (with hole markers, see markers.ts) go
 * through htmlparser2's tokenizer; markup made at render time goes through the faster scanner in
 * scan-markup.ts, which hands anything unusual (foreign content, NUL) back to htmlparser2.
 */
import { Tokenizer } from 'htmlparser2';
import type { Node } from './nodes.js';
import { TreeBuilder } from './tree-builder.js';
import { scanMarkup } from './scan-markup.js';
import { TokenizerEvents } from './tokenizer-events.js';

/**
 * Parses markup into the light tree. With `holes`, hole markers become hole nodes and holes in
 * attributes are recorded; a hole where Uplift cannot place it throws UnsupportedHoleError. With
 * `whole`, the markup is read as one element's whole output (TreeBuilder.whole).
 */
export function parseMarkup(source: string, holes = false, whole = false): Node[] {
  if (!holes && !whole) {
    const fast = new TreeBuilder(source, false);
    if (scanMarkup(source, fast)) return fast.root.children;
  }
  return tokenized(new TreeBuilder(source, holes, whole)).root.children;
}

/**
 * Whether a template's source (with hole markers) reads differently as one element's whole output
 * (TreeBuilder.whole): an end tag closes nothing, or an element is left open.
 */
export function changesAsWhole(source: string): boolean {
  return !tokenized(new TreeBuilder(source, true)).balanced;
}

function tokenized(builder: TreeBuilder): TreeBuilder {
  const tokenizer = new Tokenizer({ decodeEntities: true }, new TokenizerEvents(builder));
  tokenizer.write(builder.src);
  tokenizer.end();
  return builder;
}

