/**
 * A parse5 document read the way the escaping tests read it: every element in document order, an
 * element's text, an attribute's value. Tests use it to check what elements and attributes a page
 * holds, as a browser would build them.
 */
import { parse } from 'parse5';

export interface Tree {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Tree[];
  value?: string;
}

/** Every element of `html`, parsed as a document, in document order. */
export function pageElements(html: string): Tree[] {
  return elements(parse(html) as unknown as Tree);
}

function elements(node: Tree, out: Tree[] = []): Tree[] {
  if (node.tagName !== undefined) out.push(node);
  for (const child of node.childNodes ?? []) elements(child, out);
  return out;
}

export const textOf = (node: Tree): string => (node.value ?? '') + (node.childNodes ?? []).map(textOf).join('');
export const attr = (node: Tree, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;
