/**
 * The tags the load-time transform (src/loader/tag-markup.ts) adds to app modules: `markup` for a
 * template literal holding markup, `attributes` for an attribute fragment, `constant` for
 * developer markup in a hole (a string literal, a package helper's result). Each returns a token
 * (tokens.ts) of the render in progress, or of the process registry outside a render.
 */
import { compileAttributes, compileTemplate } from '../parse/compile.js';
import { addEntry } from './tokens.js';
import { currentRegistry } from './current.js';

/** A template literal whose static text is markup: its values are data. */
export function markup(strings: TemplateStringsArray, ...values: unknown[]): string {
  return addEntry(currentRegistry(), { template: compileTemplate(strings), values, text: '' });
}

/** Attributes written between a tag's attributes (`id="${id}"`): values are attribute values. */
export function attributes(strings: TemplateStringsArray, ...values: unknown[]): string {
  return addEntry(currentRegistry(), { template: compileAttributes(strings), values, text: '' });
}

/** Markup the developer wrote as a plain string, or a package helper returned: trusted as is. */
export function constant(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? addEntry(currentRegistry(), { template: null, values: [], text: value }) : value;
}
