/** The message of a thrown value, for a table note: an Error's message, anything else as text. */
export declare function messageOf(error: unknown): string;
