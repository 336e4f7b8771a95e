const looksLikeMarkup = /<[A-Za-z/!]/;
const given = new Set();
const maxMessages = 200;
/** Warns (in development) when data that looks like markup is about to be escaped as text. */
export function warnEscapedMarkup(ctx, owner, data) {
    if (ctx.warn === null || !looksLikeMarkup.test(data))
        return;
    const where = owner.tag === '' ? 'the page or head' : `<${owner.tag}>`;
    const sample = data.length > 60 ? data.slice(0, 57) + '...' : data;
    const message = `${where} renders a string that looks like markup as text: ${JSON.stringify(sample)}. Uplift escapes strings by default. If this is markup the app built, write it in an html\`…\` or plain template literal in an app module (not by string concatenation), or wrap trusted markup in trusted(); if it is user data, nothing is wrong. (UPLIFT_ESCAPED_MARKUP)`;
    if (given.has(message) || given.size >= maxMessages)
        return;
    given.add(message);
    ctx.warn(message);
}
//# sourceMappingURL=dev-warnings.js.map