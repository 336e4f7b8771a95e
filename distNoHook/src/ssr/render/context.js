import { createRegistry } from '../markup/tokens.js';
/** A fresh per-render context. `html` is filled in by the caller (html-tag.ts). */
export function createRenderContext(options) {
    return {
        lookup: options.lookup,
        store: options.store,
        uuid: options.uuid,
        styleTransforms: options.styleTransforms,
        scriptTransforms: options.scriptTransforms,
        enhancedAttr: options.enhancedAttr,
        escape: options.escape,
        warn: options.warn,
        out: '',
        glyphPositions: [],
        registry: createRegistry(),
        objects: new Map(),
        nonce: '',
        hoisted: { styles: new Set(), scripts: new Map(), links: new Map(), seen: new Map(), lastTemplate: null, lastTag: '' },
        html: () => '',
        depth: 0,
    };
}
//# sourceMappingURL=context.js.map