/** The content replacing `slot` in this expansion, if it is one of its slots. */
export function slotContent(owner, slot) {
    const fill = owner.fill;
    if (fill === null)
        return undefined;
    const i = fill.slots.indexOf(slot);
    return i === -1 ? undefined : fill.contents[i];
}
/** A scope for `values` rendered as part of `owner`. */
export function createScope(values, template, owner, clean = 0) {
    return { values, template, owner, clean, resolved: null };
}
//# sourceMappingURL=scope.js.map