/**
 * One page render: the head (app/head.mjs or the default) followed by the page body, expanded
 * with the registry and the store, as one document (spec §4.3). Request values join the store as
 * untrusted data, so strings from the query, params, body, path, session, Referer and User-Agent
 * are escaped if they show up in the markup (the head included).
 */
import type { ApiRequest, HeadFunction } from '../../types.js';
import type { ElementRender } from '../render/element-api.js';
import { createRenderContext } from '../render/context.js';
import type { Item } from '../render/scope.js';
import { createScope } from '../render/scope.js';
import type { Template } from '../parse/compile.js';
import { createElementHtml } from '../render/html-tag.js';
import { parseFragment } from '../render/fragments.js';
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
  /** Called for each custom element tag with no definition (dev warnings); absent in production. */
  readonly onUnknownElement?: (tag: string) => void;
}

/** Renders the complete document for one request, as the UTF-8 bytes the response sends. */
export function renderPageToBytes(input: PageDocumentInput): Buffer {
  const { registry, body, req, onUnknownElement } = input;
  // Elements may write to the store; the copy keeps that inside this render (spec §6.4).
  const store = { ...input.store };
  const head = input.headFn === null ? defaultHead : String(input.headFn({ req, status: input.status, error: input.error, store }));
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
    // Headers are left out but for the two apps commonly echo: short quoted header values
    // (ETags, client hints) would otherwise match the app's own attribute markup.
    untrusted: [req.query, req.params, req.body, req.path, req.session, req.headers['referer'], req.headers['user-agent']],
  });
  ctx.html = createElementHtml(ctx);
  const owner = { fill: null };
  // The built-in head holds no data, so it skips the search for untrusted strings.
  const headFragment = parseFragment(ctx, head, owner, input.headFn === null, input.headFn, 0);
  const bodyScope = createScope(body.values, body.template, owner);
  const items: Item[] = [];
  for (const node of headFragment.nodes) items.push({ node, scope: headFragment.scope });
  for (const node of body.template.nodes) items.push({ node, scope: bodyScope });
  return documentBytes(renderToParts(ctx, items), ctx.glyphPositions);
}
