/**
 * Tag-name rules. Custom-element detection follows the HTML "valid custom element name"
 * production (enhance-compat §6.1): Enhance only expands names that pass it.
 */
/** True for a lower-case name the HTML standard accepts as a custom element name. */
export declare function isCustomElementName(tag: string): boolean;
/** True when `tag` may be registered from a file name (lower-case alphanumerics and dashes). */
export declare function isValidElementName(tag: string): boolean;
