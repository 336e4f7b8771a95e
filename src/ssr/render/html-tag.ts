/**
 * The `html` tag handed to elements. It returns a string, as Enhance's does, so element code
 * that concatenates, joins or inspects results keeps working; the render context remembers each
 * result by its string, so returning it (or nesting it in another `html` call) reuses the compiled
 * template instead of parsing the markup again.
 */
import type { HtmlTag } from '../../types.js';
import { compileTemplate } from '../parse/compile.js';
import type { Template } from '../parse/compile.js';
import type { Instance, RenderContext } from './context.js';
import type { AttrNode, ElementNode } from '../parse/nodes.js';
import { hasSpecialCharacter } from '../strings/escape.js';
import { holeString } from './hole-text.js';
import { placeholderEnd, placeholderStart } from '../parse/markers.js';
import { TrustedHtml, trusted } from './trusted.js';

/** The `html` tag type with its `raw` helper (same as `trusted`). */
export type EnhanceHtmlTag = HtmlTag & { raw(markup: string): TrustedHtml };

/** The per-render `html` tag: returns the markup string and records its template and values. */
export function createElementHtml(ctx: RenderContext): EnhanceHtmlTag {
  const html = (strings: TemplateStringsArray, ...values: unknown[]): string => {
    const template = compileTemplate(strings);
    const instance: Instance = { template, values, clean: 0, text: '' };
    instance.text = stringForm(ctx, template, values, instance);
    ctx.results.push(instance);
    return instance.text;
  };
  return Object.assign(html, { raw: trusted });
}

/**
 * The markup a call stands for. Objects in attribute values become placeholders that decode back
 * to the object when a custom element reads its attributes (spec §6.2 step 1), so arrays and
 * objects pass from parent to child; they are registered per render, never globally.
 */
export function stringForm(ctx: RenderContext, template: Template, values: readonly unknown[], instance: Instance | null): string {
  const { strings, contexts } = template;
  let text = strings[0] as string;
  let clean = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const context = contexts[i] ?? 'text';
    if (typeof value === 'string' && (isPlainAttribute(ctx.expanding, value) || !hasSpecialCharacter(value))) {
      text += value;
      if (i < 31) clean |= 1 << i;
    } else if (context === 'attr' && isPassedValue(value)) text += registerObject(ctx, value);
    else text += holeString(ctx, value, context);
    text += strings[i + 1] as string;
  }
  if (instance !== null) instance.clean = clean;
  return text;
}

/**
 * Whether `value` equals a static attribute value of `el` known to hold no special character.
 * Elements mostly pass their own attributes into `html`; comparing with those few values is
 * cheaper than scanning each one again.
 */
function isPlainAttribute(el: ElementNode | null, value: string): boolean {
  if (el === null) return false;
  const attrs = el.attrs;
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs[i] as AttrNode;
    if (attr.plain && attr.value === value) return true;
  }
  return false;
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
