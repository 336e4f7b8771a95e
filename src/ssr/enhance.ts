/**
 * The `@enhance/ssr` compatible factory (enhance-compat §6.1): `enhance(options)` returns an `html` tag
 * that renders a whole document, so code calling `@enhance/ssr` switches by changing its import.
 *
 * Differences (docs/differences.md): values are escaped for their context; `context` reaches
 * descendants only; `initialState` is copied per document rather than once per factory, so one
 * render's store changes never reach the next.
 */
import type { ElementRender, ScriptTransform, StyleTransform } from './render/element-api.js';
import { createRenderContext } from './render/context.js';
import type { EscapeMode } from './render/context.js';
import { withRegistry } from './markup/current.js';
import { createScope } from './render/scope.js';
import { compileTemplate } from './parse/compile.js';
import { createElementHtml, stringForm } from './render/html-tag.js';
import { trusted } from './markup/trusted.js';
import type { EnhanceHtmlTag } from './render/html-tag.js';
import { parseFragment } from './render/fragments.js';
import { renderToString } from './output/document.js';
import { createInstanceId } from './render/instance-id.js';
import { UpliftError } from '../common/errors.js';

export interface EnhanceOptions {
  /** Tag name → element function, or a class / object with `render` (or `prototype.render`). */
  elements?: Record<string, unknown>;
  /** The store every element sees as `state.store` (copied per document). */
  initialState?: Record<string, unknown>;
  styleTransforms?: StyleTransform[];
  scriptTransforms?: ScriptTransform[];
  /** Makes `state.instanceID`; default: 7 random characters from `[0-9a-z]`. */
  uuidFunction?: () => string;
  /** Return only the body's first child instead of the document. */
  bodyContent?: boolean;
  /** Add `enhanced="✨"` to expanded elements (default true). */
  enhancedAttr?: boolean;
  /**
   * `'auto'` (default): every value is escaped for the context it lands in; markup made by `html`
   * (or a template literal the app loader tagged) stays markup. `'enhance'`: strings are inserted
   * as markup, unescaped, as `@enhance/ssr` does.
   */
  escape?: EscapeMode;
}

/** Finds an element's render function the way Enhance does (enhance-compat §6.1). */
export function createLookup(elements: Record<string, unknown>): (tag: string) => ElementRender | undefined {
  return (tag) => {
    const element = elements[tag] as { render?: unknown; prototype?: { render?: unknown } } | undefined;
    if (!element) return undefined;
    const render = element.render ?? element.prototype?.render ?? element;
    if (typeof render !== 'function') {
      throw new UpliftError('UPLIFT_RENDER', `Could not find the template function for ${tag}: the element registered as "${tag}" is a ${typeof element}, not a function or a class with render().`);
    }
    return render as ElementRender;
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
export function enhance(options: EnhanceOptions = {}): EnhanceHtmlTag {
  const lookup = createLookup(options.elements ?? {});
  const html = (strings: TemplateStringsArray, ...values: unknown[]): string => {
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
