/** A rendered document in three parts; the ✨ positions a render recorded are places in `body`. */
export interface DocumentParts {
    readonly before: string;
    readonly body: string;
    readonly after: string;
}
/** A document as text, with ✨ back in place (`positions` are places in `parts.body`). */
export declare function documentText(parts: DocumentParts, positions: readonly number[]): string;
/** A document as UTF-8 bytes (`positions` are places in `parts.body`). */
export declare function documentBytes(parts: DocumentParts, positions: readonly number[]): Buffer;
