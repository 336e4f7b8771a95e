/**
 * The tags the load-time transform (src/loader/tag-markup.ts) adds to app modules: `markup` for a
 * template literal holding markup, `attributes` for an attribute fragment, `constant` for
 * developer markup in a hole (a string literal, a package helper's result). Each returns a token
 * (tokens.ts) of the render in progress, or of the process registry outside a render.
 */
import { compileAttributes, compileTemplate } from '../parse/compile.js';
import { MarkupEntry, addEntry } from './tokens.js';
import { currentRegistry } from './current.js';

/**
 * A template literal whose static text is markup: its values are data. They are turned into
 * strings as the untagged literal did (`${true}` is "true", an array is joined with commas), so the
 * tag changes how values are escaped, never what they say.
 */
export function markup(strings: TemplateStringsArray, ...values: unknown[]): string {
  return addEntry(currentRegistry(), new MarkupEntry(compileTemplate(strings), asLiteralTexts(values), ''));
}

/** Attributes written between a tag's attributes (`id="${id}"`): values are attribute values. */
export function attributes(strings: TemplateStringsArray, ...values: unknown[]): string {
  return addEntry(currentRegistry(), new MarkupEntry(compileAttributes(strings), asLiteralTexts(values), ''));
}

/** The values as the untagged literal printed them, in place: the rest array is the call's own. */
function asLiteralTexts(values: unknown[]): string[] {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string') values[i] = `${value as string}`;
  }
  return values as string[];
}

/** Markup the developer wrote as a plain string, or a package helper returned: trusted as is. */
export function constant(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? addEntry(currentRegistry(), new MarkupEntry(null, [], value)) : value;
}
