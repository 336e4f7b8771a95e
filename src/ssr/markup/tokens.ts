/**
 * Markup values. The result of a markup template (`html\`…\`` or a template literal the loader
 * tagged) is a short string, a token, that stands for the template and its values. Being a string,
 * it survives what element code does with markup: `.join('')`, `+`, nesting in another template,
 * returning it. Where a string lands, its tokens are markup and everything around them is data.
 *
 * A token is `\uE000<nonce><n>\uE001`. The nonce is five random private-use characters (60 bits)
 * drawn for each registry, so data cannot forge a token, and a token that leaks says nothing about
 * the next render's; private-use marker characters that appear in data are escaped like any other
 * special character. Tokens point into a registry: one per render (dropped with the render), or the
 * process-wide one for markup made outside a render (module constants), bounded.
 *
 * A token stays under 13 characters up to id 99,999, so V8 makes it a flat string rather than a
 * rope: reading a rope token flattened it first, a copy per token that cost more than the check.
 */
import { randomFillSync } from 'node:crypto';
import type { Template } from '../parse/compile.js';

export const tokenStart = '\uE000';
export const tokenEnd = '\uE001';

/**
 * A markup template's result: its compiled template and values, or trusted text (template null).
 * A class, so the renderer tells an entry from any object app code could make.
 */
export class MarkupEntry {
  readonly template: Template | null;
  readonly values: readonly unknown[];
  /** For trusted text (`trusted()`, developer constants): the markup itself. */
  readonly text: string;
  constructor(template: Template | null, values: readonly unknown[], text: string) {
    this.template = template;
    this.values = values;
    this.text = text;
  }
}

/** Where tokens point: the entries made during one render, or outside any. */
export interface MarkupRegistry {
  /** `\uE000<nonce>`: every token of this registry starts with it. */
  readonly prefix: string;
  /** A render's entries by id (a render keeps them all, and ids count up from 0). */
  readonly list: MarkupEntry[];
  /** The process registry's entries by id: the newest `limit` are kept. Null for a render's. */
  readonly kept: Map<number, MarkupEntry> | null;
  next: number;
  /** How many entries it keeps (the oldest go first); Infinity for a render's registry. */
  readonly limit: number;
  /**
   * The newest token and its entry: an element's result is usually the token its last `html`
   * call returned, found by identity without reading the token's text.
   */
  lastToken: string;
  lastEntry: MarkupEntry | null;
}

/** A registry for one render: its tokens mean nothing to any other render. */
export function createRegistry(limit: number = Infinity): MarkupRegistry {
  // A render's registry keeps every entry in `list`, and a Map per render would go unused.
  return { prefix: randomPrefix(), list: [], kept: limit === Infinity ? null : new Map(), next: 0, limit, lastToken: '', lastEntry: null };
}

const nonceLength = 5;
// Random numbers drawn in batches (one randomFillSync per 819 renders), never request data.
const randomPool = new Uint16Array(4096);
let randomAt = randomPool.length;

/** `\uE000` and five characters from U+E100–U+F0FF, 12 random bits each: never a marker or a digit. */
function randomPrefix(): string {
  if (randomAt + nonceLength > randomPool.length) {
    randomFillSync(randomPool);
    randomAt = 0;
  }
  let prefix = tokenStart;
  for (let i = 0; i < nonceLength; i++) prefix += String.fromCharCode(0xe100 + ((randomPool[randomAt++] as number) & 0xfff));
  return prefix;
}

/** Markup made outside a render (a module's constants): kept for the process, the newest 4096. */
export const processRegistry: MarkupRegistry = createRegistry(4096);

/** Registers `entry` and returns its token. */
export function addEntry(registry: MarkupRegistry, entry: MarkupEntry): string {
  const id = registry.next++;
  if (registry.kept === null) registry.list.push(entry);
  else {
    registry.kept.set(id, entry);
    registry.kept.delete(id - registry.limit);
  }
  const token = registry.prefix + idSuffix(id);
  registry.lastToken = token;
  registry.lastEntry = entry;
  return token;
}

/** `<id>\uE001` for the first ids, made once: every render counts from 0 again. */
const idSuffixes: string[] = [];
const sharedSuffixes = 4096;

function idSuffix(id: number): string {
  if (id >= sharedSuffixes) return id + tokenEnd;
  while (idSuffixes.length <= id) idSuffixes.push(idSuffixes.length + tokenEnd);
  return idSuffixes[id] as string;
}

/** A piece of a string that holds tokens: data, or the entry a token stands for. */
export type Piece = string | MarkupEntry;

/**
 * `value` split into data and markup entries. A marker that is not a live token of `registry` or
 * the process registry stays in the data (and is escaped there like any special character).
 */
export function splitTokens(registry: MarkupRegistry, value: string): Piece[] {
  const pieces: Piece[] = [];
  let data = '';
  let at = 0;
  let start = value.indexOf(tokenStart);
  while (start !== -1) {
    const entry = entryAt(registry, value, start) ?? entryAt(processRegistry, value, start);
    if (entry === null) {
      start = value.indexOf(tokenStart, start + 1);
      continue;
    }
    data += value.slice(at, start);
    if (data !== '') pieces.push(data);
    data = '';
    pieces.push(entry);
    at = foundEnd;
    start = value.indexOf(tokenStart, at);
  }
  data += value.slice(at);
  if (data !== '') pieces.push(data);
  return pieces;
}

/** Where the token entryAt last found ends; read right after a call that found one. */
let foundEnd = 0;

/**
 * The entry of the token of `registry` at `start` (setting foundEnd), or null. The id is read
 * digit by digit: a list's tokens are read once per render each, and slicing and converting
 * every id allocated a string per token.
 */
function entryAt(registry: MarkupRegistry, value: string, start: number): MarkupEntry | null {
  if (!value.startsWith(registry.prefix, start)) return null;
  const digits = start + registry.prefix.length;
  // An id has at most 16 digits: a long run is data, and is not read as a number.
  const last = Math.min(value.length, digits + 17);
  let id = 0;
  let i = digits;
  for (; i < last; i++) {
    const c = value.charCodeAt(i);
    if (c === 0xe001) break;
    if (c < 48 || c > 57) return null;
    id = id * 10 + (c - 48);
  }
  if (i === digits || i === last) return null;
  const entry = registry.kept === null ? registry.list[id] : registry.kept.get(id);
  if (entry === undefined) return null;
  foundEnd = i + 1;
  return entry;
}

/** Whether `value` is exactly one token; its entry if so. */
export function onlyEntry(registry: MarkupRegistry, value: string): MarkupEntry | null {
  if (value === registry.lastToken) return registry.lastEntry;
  if (value.charCodeAt(0) !== 0xe000 || value.charCodeAt(value.length - 1) !== 0xe001) return null;
  const entry = entryAt(registry, value, 0) ?? entryAt(processRegistry, value, 0);
  return entry !== null && foundEnd === value.length ? entry : null;
}
