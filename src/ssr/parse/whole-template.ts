/**
 * A template as one element's whole output. Enhance parses each element's output on its own
 * (parse5's fragment parser), so an end tag there that closes nothing is dropped and an element
 * left open is closed at the element's end: `@enhance/form-elements`' link-element returns
 * `<a href="…"><slot></slot></div>`, which must not take the rest of the page into its `<a>`.
 * Decided once per call site from the static markup, never from data.
 */
import type { Template } from './compile.js';
import { compileStrings } from './compile.js';
import { changesAsWhole } from './parse-markup.js';
import { markedSource } from './markers.js';

/** By template: its whole form, or the template itself when that reads the same. */
const wholeForms = new WeakMap<Template, Template>();

/** `template` as an element's whole output (itself unless its markup is unbalanced). */
export function wholeTemplate(template: Template): Template {
  let whole = wholeForms.get(template);
  if (whole === undefined) {
    // A fallback template is parsed from its string per render; an attribute fragment is no element output.
    const same = template.fallback || template.attributes || !changesAsWhole(markedSource(template.strings));
    whole = same ? template : compileStrings(template.strings, true);
    wholeForms.set(template, whole);
  }
  return whole;
}
