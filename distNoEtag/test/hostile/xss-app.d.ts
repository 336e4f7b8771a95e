/**
 * An Enhance-style app whose store is hostile, with every pattern the rendering attacks used:
 * store values cut or rewritten in plain template literals, a truncated description in the head,
 * replies nested deeper than any walk, and values in JSON scripts, JS strings and template
 * literals, event handlers, URLs and styles. Written the way Enhance apps are: plain literals.
 */
export declare const attack = "<img src=x onerror=alert(1)>";
export declare const xssApp: Record<string, string>;
