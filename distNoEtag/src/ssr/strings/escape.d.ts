/**
 * One escaper per context a value can land in (the contexts of Go's html/template and Closure's
 * strict templates). Each takes data as a string and returns text that, placed in its context,
 * reads back as that data and cannot end the context or open a new one. Every function is one
 * linear pass (a character class with `replace`, or a plain loop); none looks for words in data
 * except where noted (URL schemes, CSS functions), and those look at a bounded prefix or use
 * `indexOf`.
 */
/** True when the string holds a character that is markup-significant somewhere. */
export declare function hasSpecialCharacter(value: string): boolean;
/** Element content and RCDATA (`<title>`, `<textarea>`): `&`, `<`, `>` as entities. */
export declare const escapeText: (value: string) => string;
/**
 * An attribute value. Uplift writes every attribute hole inside double quotes, so quotes, `&`
 * and the angle brackets are enough; the backtick is escaped for old IE's quote handling.
 */
export declare const escapeAttribute: (value: string) => string;
/**
 * Text inside `<!-- … -->`: the parser does not decode entities there, so entities only make
 * `-->`, `--!>` and `<!--` impossible; the value shows as written in the source.
 */
export declare const escapeComment: (value: string) => string;
export declare const escapeJsString: (value: string) => string;
/**
 * A value in JavaScript expression position (`const data = ${json}`, `onclick="go(${id})"`).
 * Text that is valid JSON is a JavaScript value and nothing more (JSON is a subset of JavaScript
 * since ES2019), so it is kept, with `< > &` and the line separators as `\uXXXX` (the same value
 * inside strings; outside them they cannot occur in JSON). Anything else becomes a string literal.
 */
export declare function escapeJsValue(value: string): string;
/** A value inside `<script type="application/json">` (or ld+json, importmap): JSON kept, inert. */
export declare function escapeJsonScript(value: string): string;
/** What a refused CSS value or attribute name becomes: a word that means nothing there. */
export declare const refusedCss = "zUpliftRefusedz";
export declare function escapeCssValue(value: string): string;
/** Text inside a CSS string: hex escapes (`\3c `), valid in strings and identifiers alike. */
export declare function escapeCssString(value: string): string;
/**
 * Data where an attribute name goes (`<input ${flag}>`): only one bare attribute name is
 * allowed (`disabled`, `checked`); anything else (`onload=…`, `x y`) is dropped.
 */
export declare function filterAttributeName(value: string): string;
/** What a URL with a refused scheme becomes (Closure's convention: an inert about: URL). */
export declare const refusedUrl = "about:invalid#uplift-refused-url";
/**
 * Whether a URL, as the browser reads it, would run script or load a document made of the URL:
 * `javascript:`, `vbscript:`, and `data:` other than raster images. Browsers drop leading
 * controls and spaces and remove tabs and newlines anywhere before reading the scheme, and
 * entities are already decoded in `url`. Only the first 40 characters that count are read.
 */
export declare function isDangerousUrl(url: string): boolean;
