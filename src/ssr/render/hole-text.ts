/**
 * Hole values → text. Strings are markup, as in Enhance (spec §6.2), except untrusted strings
 * (taint.ts), which are escaped for the place they land. Numbers print; every other value prints
 * nothing, as Enhance's placeholder deletion makes it do, except in a custom element's attributes,
 * where it passes through as itself (attribute-values.ts).
 */
import type { HoleContext } from '../parse/nodes.js';
import { escapeAttribute, escapeScript, escapeStyle, escapeText, hasSpecialCharacter } from '../strings/escape.js';
import { isTainted } from './taint.js';
import type { RenderContext } from './context.js';
import type { Scope } from './scope.js';
import { TrustedHtml } from './trusted.js';

/** Whether `value` is an untrusted string that could change markup. */
export function tainted(ctx: RenderContext, value: string): boolean {
  return hasSpecialCharacter(value) && isTainted(ctx.taint, value);
}

/** A value as text for any hole but a `text` one being emitted (and for string forms). */
export function holeString(ctx: RenderContext, value: unknown, context: HoleContext): string {
  // One scan decides the common case: without the five characters a string is safe anywhere.
  if (typeof value === 'string') return hasSpecialCharacter(value) ? specialString(ctx, value, context) : value;
  if (typeof value === 'number') return String(value);
  if (value instanceof TrustedHtml) return value.html;
  return '';
}

/** Hole `index` of `scope` as holeString renders it, without a second scan of a clean string. */
export function scopeHole(ctx: RenderContext, scope: Scope, index: number, context: HoleContext): string {
  const value = scope.values[index];
  return index < 31 && (scope.clean >> index) & 1 ? (value as string) : holeString(ctx, value, context);
}

/** A string holding a special character: escaped if untrusted, else only its quotes in attributes. */
function specialString(ctx: RenderContext, value: string, context: HoleContext): string {
  if (!isTainted(ctx.taint, value)) {
    // Holes are emitted inside double quotes; a quote in app-made text would end the value.
    if (context !== 'attr' || (value.indexOf('"') === -1 && value.indexOf("'") === -1)) return value;
    return value.replace(/["']/g, (q) => (q === '"' ? '&quot;' : '&#39;'));
  }
  switch (context) {
    case 'style':
      return escapeStyle(value);
    case 'script':
      return escapeScript(value);
    case 'text':
    case 'rcdata':
      return escapeText(value);
    default:
      return escapeAttribute(value);
  }
}
