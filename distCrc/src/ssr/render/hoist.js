import { HOLES } from '../parse/nodes.js';
import { scopeHole } from './hole-text.js';
import { resolveText } from './fragments.js';
import { stripPlaceholders } from '../parse/markers.js';
const hoistable = (node) => typeof node !== 'string' && node.type === 'element' && (node.tag === 'style' || node.tag === 'script' || node.tag === 'link');
/**
 * The top-level nodes of an element's output left after hoisting, or null when they are the
 * template's precomputed `top` list. Holes at the top level are resolved first, since markup they
 * hold is top-level too once concatenated (enhance-compat §6.2 step 1).
 */
export function hoistTop(ctx, fragment, tagName) {
    const template = fragment.scope.template;
    if (template !== null && !template.topHoles && template.hoist.length === 0)
        return null;
    // Every instance of a template hoists the same static tags; take them once per render.
    const skipStatic = template !== null && hoistedBefore(ctx.hoisted, template, tagName);
    if (template !== null && !template.topHoles) {
        for (const node of template.hoist) {
            if (!skipStatic || node.flags & HOLES)
                hoistElement(ctx, node, fragment.scope, tagName);
        }
        return null;
    }
    const items = [];
    collectTop(ctx, fragment.nodes, fragment.scope, tagName, items, skipStatic);
    return items;
}
/** Whether `template`'s static tags were hoisted for `tagName` in this render; marks them if not. */
function hoistedBefore(hoisted, template, tagName) {
    // The expansions of a list ask about the same pair in a row: answered without the Map.
    if (hoisted.lastTemplate === template && hoisted.lastTag === tagName)
        return true;
    const before = hoisted.seen.get(template) === tagName;
    if (!before)
        hoisted.seen.set(template, tagName);
    hoisted.lastTemplate = template;
    hoisted.lastTag = tagName;
    return before;
}
function collectTop(ctx, nodes, scope, tagName, items, skipStatic) {
    for (const node of nodes) {
        if (typeof node === 'string') {
            items.push({ node, scope });
        }
        else if (node.type === 'hole' && node.context === 'text') {
            const value = resolveText(ctx, scope, node.index);
            if (value !== null && typeof value !== 'string')
                collectTop(ctx, value.nodes, value.scope, tagName, items, false);
            else
                items.push({ node, scope });
        }
        else if (hoistable(node)) {
            if (!skipStatic || scope.template === null || node.flags & HOLES)
                hoistElement(ctx, node, scope, tagName);
        }
        else {
            items.push({ node, scope });
        }
    }
}
function hoistElement(ctx, node, scope, tagName) {
    const attrs = transformAttrs(node, scope);
    if (node.tag === 'link') {
        const key = attrs.map((a) => `${a.name}="${a.value}"`).sort().join(' ');
        ctx.hoisted.links.set(key, hoistedStartTag(node, attrs));
        return;
    }
    let raw = '';
    for (const child of node.children) {
        raw += typeof child === 'string' ? child : child.type === 'hole' ? scopeHole(ctx, scope, child.index) : '';
    }
    if (node.tag === 'style') {
        let css = raw;
        // Enhance keeps the original text when a transform returns an empty string (enhance-compat §6.2).
        for (const transform of ctx.styleTransforms)
            css = transform({ attrs, raw: css, tagName, context: 'markup' }) || css;
        if (css)
            ctx.hoisted.styles.add(css);
        return;
    }
    // As in Enhance, transforms see only scripts with text: an external script is left as written.
    let js = raw;
    if (raw !== '')
        for (const transform of ctx.scriptTransforms)
            js = transform({ attrs, raw: js, tagName }) || js;
    const src = attrs.find((a) => a.name === 'src')?.value;
    if (js === '' && src === undefined)
        return;
    // Keyed by text and source together: every instance's copy of a script is hoisted once, and two
    // scripts that differ in either are both kept (Enhance keys by the text alone when there is one).
    // The source's length goes first (-1 without one), so no text and source can join into another's key.
    const key = `${src === undefined ? -1 : src.length}:${src ?? ''}${js}`;
    ctx.hoisted.scripts.set(key, hoistedStartTag(node, attrs) + js + '</script>');
}
function transformAttrs(node, scope) {
    return node.attrs.map((attr) => {
        if (attr.parts === null)
            return { name: attr.name, value: stripPlaceholders(attr.value) };
        let value = '';
        for (const part of attr.parts)
            value += typeof part === 'string' ? part : String(scope.values[part] ?? '');
        return { name: attr.name, value };
    });
}
/** A hoisted tag's start tag: as written, or rebuilt without the object placeholders it held. */
function hoistedStartTag(node, attrs) {
    if (node.open !== null && node.open.indexOf('\uE002') === -1)
        return node.open;
    let tag = '<' + node.tag;
    for (const attr of attrs)
        tag += ` ${attr.name}="${attr.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    return tag + '>';
}
/** The head markup for hoisted styles and links: one `<style>`, `@import` sheets first. */
export function hoistedHead(ctx) {
    let head = '';
    if (ctx.hoisted.styles.size > 0) {
        // A stable partition, one test per sheet (a sort compared them pairwise on every render).
        const imports = [];
        const rest = [];
        for (const css of ctx.hoisted.styles)
            (css.trimStart().startsWith('@import') ? imports : rest).push(css);
        head += '<style>' + (imports.length === 0 ? rest : [...imports, ...rest]).join('\n') + '</style>';
    }
    for (const link of ctx.hoisted.links.values())
        head += link;
    return head;
}
/** The hoisted scripts, for the end of the body. */
export function hoistedScripts(ctx) {
    let scripts = '';
    for (const script of ctx.hoisted.scripts.values())
        scripts += script;
    return scripts;
}
//# sourceMappingURL=hoist.js.map