/**
 * Element content: what a text hole's value, an element's result or the head becomes. A string
 * is data (escaped as text) unless it holds markup tokens (markup/tokens.ts): each token is the
 * compiled template of an `html` call or a tagged literal, emitted from its tree, never parsed;
 * the data around tokens stays text. Trusted markup (`trusted()`, developer constants) is parsed
 * once per site; in `escape: 'enhance'` mode every string is parsed as markup, as in Enhance.
 */
import { escapeText, isPlainHtmlText } from '../strings/escape.js';
import { parseAt, parseCached } from '../parse/parse-cache.js';
import { wholeTemplate } from '../parse/whole-template.js';
import type { HoleNode, Node } from '../parse/nodes.js';
import { holeNode } from '../parse/nodes.js';
import { MarkupEntry, onlyEntry, splitTokens, tokenStart } from '../markup/tokens.js';
import type { RenderContext } from './context.js';
import type { Expansion, Fragment, Resolved, Scope } from './scope.js';
import { createScope } from './scope.js';
import { TrustedHtml } from '../markup/trusted.js';
import { entryText } from './hole-text.js';
import { warnEscapedMarkup } from './dev-warnings.js';
import { UpliftError } from '../../common/errors.js';

/** A text hole's value, memoised on the scope (slots and hoisting read it before it is emitted). */
export function resolveText(ctx: RenderContext, scope: Scope, index: number): Resolved {
  const memo = (scope.resolved ??= memoFor(scope.values.length));
  let resolved = memo[index];
  if (resolved === undefined) {
    const site = scope.template;
    resolved = toResolved(ctx, scope.values[index], scope.owner, site, index, site?.flatHoles[index] === true);
    memo[index] = resolved;
  }
  return resolved;
}

/**
 * A scope's memo, sized to its holes: an empty array grown by assigning an index reserves room for
 * many more, and most scopes are a list item's few holes. A huge list grows it as before (V8 would
 * make a presized array that large a dictionary).
 */
function memoFor(holes: number): (Resolved | undefined)[] {
  return holes <= 65_536 ? new Array<Resolved | undefined>(holes) : [];
}

/** `site` and `index` say where the value came from, so a parsed tree can be reused there. */
function toResolved(ctx: RenderContext, value: unknown, owner: Expansion, site: object | null, index: number, flat: boolean): Resolved {
  if (typeof value === 'string') {
    // Nothing to escape, no token, nothing that looks like markup: the text itself in every mode.
    if (isPlainHtmlText(value)) return value;
    if (value.indexOf(tokenStart) !== -1) return markupFragment(ctx, value, owner, site, index, flat);
    if (ctx.escape === 'enhance' && value.indexOf('<') !== -1) return parseFragment(value, owner, site, index, flat);
    if (ctx.warn !== null) warnEscapedMarkup(ctx, owner, value);
    return escapeText(value);
  }
  if (typeof value === 'number') return String(value);
  if (value instanceof TrustedHtml) return trustedFragment(ctx, value.html, owner, site, index, flat);
  if (value instanceof MarkupEntry) return entryFragment(ctx, value, owner, site, index, flat);
  return null;
}

/**
 * What an element function (or the head) returned, as a fragment: markup tokens and data as in a
 * text hole; `site` (the function) remembers trusted markup's tree between renders. `whole`: the
 * result is an element's whole output (not the head's, which opens the document and leaves it open).
 */
export function resultFragment(ctx: RenderContext, tag: string, result: unknown, owner: Expansion, site: object, whole = false): Fragment {
  if (typeof result !== 'string' && !(result instanceof TrustedHtml)) {
    throw new UpliftError('UPLIFT_RENDER', `The element <${tag}> returned ${result === null ? 'null' : typeof result} instead of a string. Return markup from the element function, e.g. \`return html\\\`<p>…</p>\\\`\`.`);
  }
  // One template is the element's whole output, read as Enhance reads it (whole-template.ts).
  const only = whole && typeof result === 'string' ? onlyEntry(ctx.registry, result) : null;
  const resolved = only !== null ? entryFragment(ctx, only, owner, site, 0, false, true) : toResolved(ctx, result, owner, site, 0, false);
  if (resolved !== null && typeof resolved !== 'string') return resolved;
  return { nodes: resolved === null || resolved === '' ? [] : [resolved], scope: createScope([], null, owner), slotFree: true };
}

/** Trusted markup; one that holds tokens (`trusted(list.join(''))`) keeps their templates. */
function trustedFragment(ctx: RenderContext, markup: string, owner: Expansion, site: object | null, slot: number, flat: boolean): Fragment {
  return markup.indexOf(tokenStart) === -1 ? parseFragment(markup, owner, site, slot, flat) : markupFragment(ctx, markup, owner, site, slot, flat, true);
}

/**
 * A string holding tokens: one entry's fragment, or data and entries side by side. The text
 * between tokens is escaped, or parsed as markup when `trustedText` (or in `enhance` mode).
 */
function markupFragment(ctx: RenderContext, value: string, owner: Expansion, site: object | null, slot: number, flat: boolean, trustedText = false): Fragment {
  const only = onlyEntry(ctx.registry, value);
  if (only !== null) return entryFragment(ctx, only, owner, site, slot, flat);
  const nodes: Node[] = [];
  const entries: MarkupEntry[] = [];
  for (const piece of splitTokens(ctx.registry, value)) {
    if (typeof piece !== 'string') nodes.push(textHole(entries.push(piece) - 1));
    else if (trustedText || ctx.escape === 'enhance') nodes.push(...parseFragment(piece, owner, null, 0, false).nodes);
    else {
      if (ctx.warn !== null) warnEscapedMarkup(ctx, owner, piece);
      nodes.push(escapeText(piece));
    }
  }
  return { nodes, scope: createScope(entries, null, owner), slotFree: false };
}

/**
 * Text hole nodes by index, made once: a list of n entries needs holes 0…n-1 on every render. Not
 * a cache of anything a render sees, only of immutable nodes; bounded by the longest list.
 */
const textHoles: HoleNode[] = [];
const maxSharedHoles = 65_536;

function textHole(index: number): HoleNode {
  if (index >= maxSharedHoles) return holeNode(index, 'text');
  while (textHoles.length <= index) textHoles.push(holeNode(textHoles.length, 'text'));
  return textHoles[index] as HoleNode;
}

function entryFragment(ctx: RenderContext, entry: MarkupEntry, owner: Expansion, site: object | null, slot: number, flat: boolean, whole = false): Fragment {
  const template = entry.template;
  if (template === null) return trustedFragment(ctx, entry.text, owner, site, slot, flat);
  // An attribute fragment in element content is only text; a template with a hole in a tag name
  // is parsed from its escaped string form.
  if (template.attributes) return { nodes: [escapeText(entryText(ctx, entry))], scope: createScope([], null, owner), slotFree: true };
  if (template.fallback) return parseFragment(entryText(ctx, entry), owner, template, template.strings.length, false);
  const used = whole ? wholeTemplate(template) : template;
  return { nodes: used.nodes, scope: createScope(entry.values, used, owner), slotFree: false };
}

/**
 * Parses markup the app vouches for (trusted, developer constants, a template's string form, and
 * every string in `enhance` mode). With a `site`, the tree is remembered there for the next
 * render (parse-cache.ts); without one, only short strings are kept.
 */
export function parseFragment(markup: string, owner: Expansion, site: object | null, slot: number, flat: boolean): Fragment {
  const parsed = site === null ? parseCached(markup) : parseAt(site, slot, markup, flat);
  return { nodes: parsed.nodes, scope: createScope([], null, owner), slotFree: parsed.slotFree };
}
