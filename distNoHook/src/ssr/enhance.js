import { createRenderContext } from './render/context.js';
import { withRegistry } from './markup/current.js';
import { createScope } from './render/scope.js';
import { compileTemplate } from './parse/compile.js';
import { createElementHtml, stringForm } from './render/html-tag.js';
import { trusted } from './render/trusted.js';
import { parseFragment } from './render/fragments.js';
import { renderToString } from './output/document.js';
import { createInstanceId } from './render/instance-id.js';
import { UpliftError } from '../common/errors.js';
/** Finds an element's render function the way Enhance does (enhance-compat §6.1). */
export function createLookup(elements) {
    return (tag) => {
        const element = elements[tag];
        if (!element)
            return undefined;
        const render = element.render ?? element.prototype?.render ?? element;
        if (typeof render !== 'function') {
            throw new UpliftError('UPLIFT_RENDER', `Could not find the template function for ${tag}: the element registered as "${tag}" is a ${typeof element}, not a function or a class with render().`);
        }
        return render;
    };
}
/**
 * Creates an Enhance-compatible `html` tag.
 *
 * @example
 * import { enhance, styleTransform } from 'uplift-html/ssr';
 * const html = enhance({ elements: { 'my-header': MyHeader }, styleTransforms: [styleTransform] });
 * const page = html`<my-header title="Hi"></my-header>`;
 */
export function enhance(options = {}) {
    const lookup = createLookup(options.elements ?? {});
    const html = (strings, ...values) => {
        const ctx = createRenderContext({
            lookup,
            store: { ...options.initialState },
            uuid: options.uuidFunction ?? createInstanceId,
            styleTransforms: options.styleTransforms ?? [],
            scriptTransforms: options.scriptTransforms ?? [],
            enhancedAttr: options.enhancedAttr ?? true,
            escape: options.escape ?? 'auto',
            warn: null,
        });
        ctx.html = createElementHtml(ctx);
        const template = compileTemplate(strings);
        const owner = { fill: null, tag: '' };
        const fragment = template.fallback
            ? parseFragment(stringForm(ctx, template, values), owner, null, 0, false)
            : { nodes: template.nodes, scope: createScope(values, template, owner) };
        const items = fragment.nodes.map((node) => ({ node, scope: fragment.scope }));
        // Tagged literals in element code register their markup with this render.
        return withRegistry(ctx.registry, () => renderToString(ctx, items, options.bodyContent));
    };
    return Object.assign(html, { raw: trusted });
}
//# sourceMappingURL=enhance.js.map