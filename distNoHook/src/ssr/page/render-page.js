import { createRenderContext } from '../render/context.js';
import { createScope } from '../render/scope.js';
import { createElementHtml } from '../render/html-tag.js';
import { parseFragment, resultFragment } from '../render/fragments.js';
import { withRegistry } from '../markup/current.js';
import { renderToParts } from '../output/document.js';
import { documentBytes } from '../output/document-bytes.js';
import { styleTransform } from '../style/style-scope.js';
import { createInstanceId } from '../render/instance-id.js';
import { defaultHead } from './builtin-pages.js';
/** Renders the complete document for one request, as the UTF-8 bytes the response sends. */
export function renderPageToBytes(input) {
    const { registry, body, req, onUnknownElement } = input;
    // Elements may write to the store; the copy keeps that inside this render (enhance-compat §6.4).
    const store = { ...input.store };
    const ctx = createRenderContext({
        lookup: onUnknownElement === undefined
            ? (tag) => registry.get(tag)
            : (tag) => {
                const render = registry.get(tag);
                if (render === undefined)
                    onUnknownElement(tag);
                return render;
            },
        store,
        uuid: createInstanceId,
        styleTransforms: [styleTransform],
        scriptTransforms: [],
        enhancedAttr: true,
        escape: input.escape,
        warn: input.warn,
    });
    ctx.html = createElementHtml(ctx);
    const owner = { fill: null, tag: '' };
    return withRegistry(ctx.registry, () => {
        const headFn = input.headFn;
        const headFragment = headFn === null
            ? parseFragment(defaultHead, owner, null, 0, false)
            : resultFragment(ctx, 'head', headFn({ req, status: input.status, error: input.error, store }), owner, headFn);
        const bodyScope = createScope(body.values, body.template, owner);
        const items = [];
        for (const node of headFragment.nodes)
            items.push({ node, scope: headFragment.scope });
        for (const node of body.template.nodes)
            items.push({ node, scope: bodyScope });
        return documentBytes(renderToParts(ctx, items), ctx.glyphPositions);
    });
}
//# sourceMappingURL=render-page.js.map