import { decodeAttributeValue } from '../parse/decode.js';
import { placeholderStart, stripPlaceholders } from '../parse/markers.js';
import { TrustedHtml } from './trusted.js';
import { holeString } from './hole-text.js';
import { rcdataSink } from '../parse/hole-sinks.js';
/**
 * The value a custom element sees for one attribute: a lone hole passes its value through (objects
 * and arrays included); anything else is the decoded static text joined with the values.
 */
export function attributeValue(ctx, attr, scope) {
    let value;
    const parts = attr.parts;
    if (parts === null)
        value = attr.plain ? attr.value : decodePlaceholder(ctx, attr.value);
    else if (parts.length === 3 && parts[0] === '' && parts[2] === '')
        value = holeAttribute(scope.values[parts[1]]);
    else {
        let text = '';
        for (const part of parts) {
            text += typeof part === 'string' ? decodeAttributeValue(part) : String(holeAttribute(scope.values[part]) ?? '');
        }
        value = text;
    }
    return value;
}
function holeAttribute(value) {
    if (typeof value === 'number')
        return String(value);
    if (value instanceof TrustedHtml)
        return decodeAttributeValue(value.html);
    return value;
}
/** A parsed attribute value that is an object placeholder decodes to the object. */
function decodePlaceholder(ctx, value) {
    if (value.indexOf(placeholderStart) === -1)
        return value;
    const object = ctx.objects.get(value);
    return object !== undefined || ctx.objects.has(value) ? object : stripPlaceholders(value);
}
/** An attribute's text (decoded, holes as text), or null when the element lacks it. */
export function attributeText(ctx, node, scope, name) {
    for (const attr of node.attrs) {
        if (attr.name !== name)
            continue;
        if (attr.parts === null)
            return stripPlaceholders(attr.value);
        let text = '';
        for (const part of attr.parts) {
            text += typeof part === 'string' ? decodeAttributeValue(part) : holeString(ctx, scope.values[part], rcdataSink);
        }
        return text;
    }
    return null;
}
//# sourceMappingURL=attribute-values.js.map