/**
 * Escapes for each place a value can land. Text and attribute values use HTML entities; text
 * inside `<style>` and `<script>` cannot use entities (the parser does not decode them there), so
 * it gets CSS or JavaScript escapes that keep the value's meaning inside strings.
 */

// Separate non-global patterns for testing: a global RegExp keeps lastIndex between calls.
const textPattern = /[&<>]/g;
const textTest = /[&<>]/;
const attributePattern = /[&<>"']/g;
const attributeTest = /[&<>"']/;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const replaceEntity = (c: string): string => entities[c] as string;

/** True when the string holds a character that is markup-significant somewhere. */
export function hasSpecialCharacter(value: string): boolean {
  // A regex, not a charCode loop: the loop measured faster alone, but `value.length` sees every
  // kind of string (flat, sliced, joined) and went megamorphic in the render.
  return attributeTest.test(value);
}

/** Escapes text content: `&`, `<`, `>`. */
export function escapeText(value: string): string {
  return textTest.test(value) ? value.replace(textPattern, replaceEntity) : value;
}

/** Escapes an attribute value (either quote style) and, harmlessly, anything else special. */
export function escapeAttribute(value: string): string {
  return attributeTest.test(value) ? value.replace(attributePattern, replaceEntity) : value;
}

/** Escapes a value inside `<style>`: CSS hex escapes, valid in strings, urls and identifiers. */
export function escapeStyle(value: string): string {
  return value.replace(/[&<>"'\\]/g, (c) => '\\' + c.charCodeAt(0).toString(16) + ' ');
}

/** Escapes a value inside `<script>`: JavaScript `\uXXXX` escapes, valid inside string literals. */
export function escapeScript(value: string): string {
  return value.replace(/[&<>"'\\]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
