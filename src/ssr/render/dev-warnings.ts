/**
 * Development warnings for auto-escaping. A string that looks like markup but reaches element
 * content as data is shown as text: right for a user's `<b>`, wrong for markup the app built
 * somewhere the loader does not tag (a string concatenation, a module outside `app/`). The warning
 * names the element and the fix. Each message is given once per process (bounded).
 */
import type { RenderContext } from './context.js';
import type { Expansion } from './scope.js';

const looksLikeMarkup = /<[A-Za-z/!]/;
const given = new Set<string>();
const maxMessages = 200;

/** Warns (in development) when data that looks like markup is about to be escaped as text. */
export function warnEscapedMarkup(ctx: RenderContext, owner: Expansion, data: string): void {
  if (ctx.warn === null || !looksLikeMarkup.test(data)) return;
  const where = owner.tag === '' ? 'the page or head' : `<${owner.tag}>`;
  const sample = data.length > 60 ? data.slice(0, 57) + '...' : data;
  const message = `${where} renders a string that looks like markup as text: ${JSON.stringify(sample)}. Uplift escapes strings by default. If this is markup the app built, write it in an html\`…\` or plain template literal in an app module (not by string concatenation), or wrap trusted markup in trusted(); if it is user data, nothing is wrong. (UPLIFT_ESCAPED_MARKUP)`;
  if (given.has(message) || given.size >= maxMessages) return;
  given.add(message);
  ctx.warn(message);
}
