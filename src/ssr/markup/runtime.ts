/**
 * The tags the load-time transform (src/loader/tag-markup.ts) adds to app modules: `markup` for a
 * template literal holding markup, `attributes` for an attribute fragment, `constant` for
 * developer markup in a hole (a string literal, a package helper's result), `constantText` for
 * developer markup a function returns. They return a token (tokens.ts) of the render in progress,
 * or of the process registry outside a render, except `constant` (see there).
 */
import { compileAttributes, compileTemplate } from '../parse/compile.js';
import { MarkupEntry, addEntry } from './tokens.js';
import { currentRegistry } from './current.js';
import { TrustedHtml, trustedToken } from './trusted.js';

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

/**
 * The values as the untagged literal printed them, in place: the rest array is the call's own. A
 * developer constant (`constant`) is kept as it is: printed, it would be a token for the same markup.
 */
function asLiteralTexts(values: unknown[]): (string | TrustedHtml)[] {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string' && !(value instanceof TrustedHtml)) values[i] = `${value as string}`;
  }
  return values as (string | TrustedHtml)[];
}

/**
 * Markup the developer wrote as a plain string, or a package helper returned, as a hole's value:
 * trusted as is. It goes straight into the template's values, so it stays a `TrustedHtml` there,
 * which the renderer tells by `instanceof`, instead of a registry entry and a token it would read
 * back (a list's `${done ? ' done' : ''}` makes one per item); where it becomes a string it
 * becomes a token (TrustedHtml.toString).
 */
export function constant(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? new TrustedHtml(value) : value;
}

/** The same for markup a function returns: its callers may treat it as a string, so it is a token. */
export function constantText(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? trustedToken(value) : value;
}
