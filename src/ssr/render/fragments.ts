/**
 * Text holes → fragments. A string holding `<` is markup, as in Enhance (spec §6.2): it is either
 * the result of a recorded `html` call, reused with its compiled template, or parsed after untrusted
 * strings inside it are escaped (taint.ts). An untrusted string on its own is text.
 */
import { escapeText } from '../strings/escape.js';
import { escapeTaintedIn } from './taint.js';
import { parseAt, parseCached } from '../parse/parse-cache.js';
import type { Template } from '../parse/compile.js';
import type { RenderContext } from './context.js';
import { findInstance } from './context.js';
import type { Expansion, Fragment, Resolved, Scope } from './scope.js';
import { createScope } from './scope.js';
import { TrustedHtml } from './trusted.js';
import { tainted } from './hole-text.js';

/** A text hole's value, memoised on the scope (slots and hoisting read it before it is emitted). */
export function resolveText(ctx: RenderContext, scope: Scope, index: number): Resolved {
  const memo = (scope.resolved ??= []);
  let resolved = memo[index];
  if (resolved === undefined) {
    resolved = toResolved(ctx, scope.values[index], scope.owner, scope.template, index);
    memo[index] = resolved;
  }
  return resolved;
}

function toResolved(ctx: RenderContext, value: unknown, owner: Expansion, site: Template | null, index: number): Resolved {
  if (typeof value === 'string') {
    // Without `<` no tag can open: the string is text, escaped only if it is untrusted.
    if (value.indexOf('<') === -1) return tainted(ctx, value) ? escapeText(value) : value;
    return toFragment(ctx, value, owner, site, index, site?.flatHoles[index] === true) ?? escapeText(value);
  }
  if (typeof value === 'number') return String(value);
  if (value instanceof TrustedHtml) return parseFragment(ctx, value.html, owner, true, site, index, site?.flatHoles[index] === true);
  return null;
}

/**
 * The fragment for markup `value`: its recorded `html` call, or the string parsed after escaping
 * untrusted strings inside it. Returns null for a string that is itself untrusted (plain text).
 * `site` and `slot` say where the string came from, so its tree can be reused (parse-cache.ts).
 */
export function toFragment(ctx: RenderContext, value: string, owner: Expansion, site: object | null, slot: number, flat = false): Fragment | null {
  const instance = findInstance(ctx, value);
  if (instance !== undefined) {
    const template = instance.template;
    if (template.fallback) return parseFragment(ctx, value, owner, false, template, template.strings.length);
    return { nodes: template.nodes, scope: createScope(instance.values, template, owner, instance.clean), slotFree: false };
  }
  if (tainted(ctx, value)) return null;
  return parseFragment(ctx, value, owner, false, site, slot, flat);
}

/**
 * Parses markup made at render time. With a `site`, the tree is remembered there for the next
 * render (parse-cache.ts); without one, only short strings are kept.
 */
export function parseFragment(ctx: RenderContext, markup: string, owner: Expansion, trusted: boolean, site: object | null, slot: number, flat = false): Fragment {
  const source = trusted ? markup : escapeTaintedIn(ctx.taint, markup);
  const parsed = site === null ? parseCached(source) : parseAt(site, slot, source, flat);
  return { nodes: parsed.nodes, scope: createScope([], null, owner), slotFree: parsed.slotFree };
}

