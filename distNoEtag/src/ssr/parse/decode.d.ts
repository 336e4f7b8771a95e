/** Decodes character references in an attribute value, with the HTML parser's own rules. */
export declare function decodeAttributeValue(value: string): string;
