/**
 * Markup tokens leaving the renderer's world. A value made by a markup template outside a page (a
 * literal in an `app/` module an API handler or middleware imports, `trusted()`) is a token
 * (markup/tokens.ts) that means nothing outside this process. Before a JSON body, a raw body or a
 * session is written, each live token in its text becomes the markup it stands for, its holes
 * escaped as a page escapes them. Text without the marker character costs one indexOf, and none
 * at all while no markup exists outside a render.
 */
import { processRegistry, splitTokens, tokenStart } from '../markup/tokens.js';
import { createRenderContext } from './context.js';
import type { EscapeMode } from './context.js';
import { entryText } from './hole-text.js';

/**
 * `text` with each live token replaced by its markup, passed through `encode` (for JSON: as the
 * inside of a string literal). Everything else, stray marker characters included, stays as it is.
 */
export function resolveMarkupTokens(text: string, escape: EscapeMode, encode: (markup: string) => string = asIs): string {
  // Only tokens of the process registry can be live here (a render's die with it), so until the app
  // makes markup outside a render, no text needs the scan: a large JSON body is not read twice.
  if (processRegistry.next === 0 || text.indexOf(tokenStart) === -1) return text;
  // Custom elements in the markup are written as they are, not expanded: this is no page.
  const ctx = createRenderContext({
    lookup: () => undefined,
    store: {},
    uuid: () => '',
    styleTransforms: [],
    scriptTransforms: [],
    enhancedAttr: false,
    escape,
    warn: null,
  });
  let out = '';
  for (const piece of splitTokens(ctx.registry, text)) out += typeof piece === 'string' ? piece : encode(entryText(ctx, piece));
  return out;
}

/** JSON text whose string literals may hold tokens: each becomes its markup, JSON-escaped. */
export function resolveMarkupTokensInJson(json: string, escape: EscapeMode): string {
  return resolveMarkupTokens(json, escape, jsonStringContent);
}

const asIs = (markup: string): string => markup;

/** A token sits inside a JSON string literal (its characters are never escaped by JSON.stringify). */
const jsonStringContent = (markup: string): string => JSON.stringify(markup).slice(1, -1);

/**
 * Data written as JSON elsewhere (a session): a copy whose strings hold each token's markup, or
 * `data` itself when none holds a token or it is no JSON (its writer then says what is wrong).
 */
export function withMarkupText<T>(data: T, escape: EscapeMode): T {
  if (processRegistry.next === 0) return data;
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch {
    return data;
  }
  return json === undefined || json.indexOf(tokenStart) === -1 ? data : (JSON.parse(resolveMarkupTokensInJson(json, escape)) as T);
}
