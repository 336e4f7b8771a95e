/**
 * The `html` tag handed to elements. It returns a markup token (markup/tokens.ts): a string, as
 * Enhance's result is, so element code that joins, concatenates or nests results keeps working,
 * while the renderer knows the result's template and values and never parses it again.
 */
import type { HtmlTag } from '../../types.js';
import { compileTemplate } from '../parse/compile.js';
import type { Template } from '../parse/compile.js';
import type { RenderContext } from './context.js';
import { MarkupEntry, addEntry } from '../markup/tokens.js';
import { holeString } from './hole-text.js';
import { placeholderEnd, placeholderStart } from '../parse/markers.js';
import { TrustedHtml, trusted } from '../markup/trusted.js';

/** The `html` tag type with its `raw` helper (same as `trusted`). */
export type EnhanceHtmlTag = HtmlTag & { raw(markup: string): TrustedHtml };

/** The per-render `html` tag: registers the call with the render and returns its token. */
export function createElementHtml(ctx: RenderContext): EnhanceHtmlTag {
  const html = (strings: TemplateStringsArray, ...values: unknown[]): string =>
    addEntry(ctx.registry, new MarkupEntry(compileTemplate(strings), values, ''));
  return Object.assign(html, { raw: trusted });
}

/**
 * The markup of a template whose structure is only known per render (a hole in a tag name): its
 * static text with every value escaped for its hole. Objects in attribute values become
 * placeholders that decode back to the object when a custom element reads its attributes, so
 * arrays and objects pass from parent to child; they are registered per render, never globally.
 */
export function stringForm(ctx: RenderContext, template: Template, values: readonly unknown[]): string {
  const { strings, contexts, sinks } = template;
  let text = strings[0] as string;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (contexts[i] === 'attr' && isPassedValue(value)) text += registerObject(ctx, value);
    else text += holeString(ctx, value, sinks[i] as (typeof sinks)[number]);
    text += strings[i + 1] as string;
  }
  return text;
}

/** Values Enhance passes through attributes as themselves (objects, arrays, booleans…), not as text. */
export function isPassedValue(value: unknown): boolean {
  return typeof value !== 'string' && typeof value !== 'number' && !(value instanceof TrustedHtml);
}

function registerObject(ctx: RenderContext, value: unknown): string {
  if (ctx.nonce === '') ctx.nonce = Math.random().toString(36).slice(2, 10);
  const token = placeholderStart + ctx.nonce + '.' + String(ctx.objects.size) + placeholderEnd;
  ctx.objects.set(token, value);
  return token;
}
