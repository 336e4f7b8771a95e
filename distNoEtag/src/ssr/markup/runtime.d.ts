/**
 * A template literal whose static text is markup: its values are data. They are turned into
 * strings as the untagged literal did (`${true}` is "true", an array is joined with commas), so the
 * tag changes how values are escaped, never what they say.
 */
export declare function markup(strings: TemplateStringsArray, ...values: unknown[]): string;
/** Attributes written between a tag's attributes (`id="${id}"`): values are attribute values. */
export declare function attributes(strings: TemplateStringsArray, ...values: unknown[]): string;
/** Markup the developer wrote as a plain string, or a package helper returned: trusted as is. */
export declare function constant(value: unknown): unknown;
