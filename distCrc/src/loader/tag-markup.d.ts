export interface TagMarkupResult {
    readonly code: string;
}
/** Tags the markup of one module; undefined when nothing in it needs a tag. */
export declare function tagMarkup(source: string): TagMarkupResult | undefined;
