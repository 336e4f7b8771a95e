/** The message of a thrown value, for a table note: an Error's message, anything else as text. */
export function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=message-of.js.map