/**
 * One page render: the head (app/head.mjs or the default) followed by the page body, expanded
 * with the registry and the store, as one document (enhance-compat §4.3). The head runs inside the render,
 * so the markup its tagged literals make belongs to it, and every value it writes is escaped
 * where it lands, as in elements.
 */
import type { ApiRequest, HeadFunction } from '../../types.js';
import type { ElementRender } from '../render/element-api.js';
import { createRenderContext } from '../render/context.js';
import type { EscapeMode } from '../render/context.js';
import type { Item } from '../render/scope.js';
import { createScope } from '../render/scope.js';
import type { Template } from '../parse/compile.js';
import { createElementHtml } from '../render/html-tag.js';
import { parseFragment, resultFragment } from '../render/fragments.js';
import { withRegistry } from '../markup/current.js';
import { renderToParts } from '../output/document.js';
import { documentBytes } from '../output/document-bytes.js';
import { styleTransform } from '../style/style-scope.js';
import { createInstanceId } from '../render/instance-id.js';
import { defaultHead } from './builtin-pages.js';

/** A page's body: a compiled template and its hole values. */
export interface PageBody {
  readonly template: Template;
  readonly values: readonly unknown[];
}

export interface PageDocumentInput {
  readonly registry: ReadonlyMap<string, ElementRender>;
  readonly body: PageBody;
  readonly store: Record<string, unknown>;
  readonly req: ApiRequest;
  readonly status: number;
  readonly error: false | string;
  readonly headFn: HeadFunction | null;
  readonly escape: EscapeMode;
  /** Development warnings (render/dev-warnings.ts); null in production. */
  readonly warn: ((message: string) => void) | null;
  /** Called for each custom element tag with no definition (dev warnings); absent in production. */
  readonly onUnknownElement?: (tag: string) => void;
}

/** Renders the complete document for one request, as the UTF-8 bytes the response sends. */
export function renderPageToBytes(input: PageDocumentInput): Buffer {
  const { registry, body, req, onUnknownElement } = input;
  // Elements may write to the store; the copy keeps that inside this render (enhance-compat §6.4).
  const store = { ...input.store };
  const ctx = createRenderContext({
    lookup:
      onUnknownElement === undefined
        ? (tag) => registry.get(tag)
        : (tag) => {
            const render = registry.get(tag);
            if (render === undefined) onUnknownElement(tag);
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
    const items: Item[] = [];
    for (const node of headFragment.nodes) items.push({ node, scope: headFragment.scope });
    for (const node of body.template.nodes) items.push({ node, scope: bodyScope });
    return documentBytes(renderToParts(ctx, items), ctx.glyphPositions);
  });
}
