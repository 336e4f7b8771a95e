/**
 * One page render: the head (app/head.mjs or the default) followed by the page body, expanded
 * with the registry and the store, as one document (enhance-compat §4.3). The head runs inside the render,
 * so the markup its tagged literals make belongs to it, and every value it writes is escaped
 * where it lands, as in elements.
 */
import type { ApiRequest, HeadFunction } from '../../types.js';
import type { ElementRender } from '../render/element-api.js';
import type { EscapeMode } from '../render/context.js';
import type { Template } from '../parse/compile.js';
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
export declare function renderPageToBytes(input: PageDocumentInput): Buffer;
