/**
 * An Enhance-style app whose store is hostile, with every pattern the rendering attacks used:
 * store values cut or rewritten in plain template literals, a truncated description in the head,
 * replies nested deeper than any walk, and values in JSON scripts, JS strings and template
 * literals, event handlers, URLs and styles. Written the way Enhance apps are: plain literals.
 */
export const attack = '<img src=x onerror=alert(1)>';
const hostile = {
    title: `</b></li><li><b>${attack}`,
    body: `line one\n<script>alert(2)</script>\nline two`,
    url: 'javascript:alert(3)',
    color: 'red; } body { background: url(javascript:alert(4))',
    name: `');alert(5);('\`\${alert(6)}</script><script>alert(7)</script>`,
};
function nested(depth) {
    return depth === 0 ? { text: attack, replies: [] } : { text: `${attack} at ${depth}`, replies: [nested(depth - 1)] };
}
export const xssApp = {
    'app/api/index.mjs': `export async function get() {
    return { json: { items: [{ title: ${JSON.stringify(hostile.title)} }, { title: 'Second <b>safe</b>' }, { title: 'Third' }], hostile: ${JSON.stringify(hostile)}, thread: ${JSON.stringify(nested(40))} } }
  }`,
    'app/head.mjs': `export default function head({ store, req }) {
    const description = (store.hostile?.body ?? '').slice(0, 30);
    return \`<!DOCTYPE html><html><head><title>\${(req.query.q ?? '').trim()}</title><meta name="description" content="\${description}"></head>\`
  }`,
    'app/elements/item-list.mjs': `export default function ItemList({ html, state }) {
    const items = state.store.items.map((item) => \`<li><b>\${item.title.slice(0, 60)}</b></li>\`).join('')
    return html\`<ul>\${items}</ul>\`
  }`,
    'app/elements/rewritten-text.mjs': `export default function RewrittenText({ html, state }) {
    const h = state.store.hostile
    return html\`<p class="br">\${h.body.replace(/\\n/g, '<br>')}</p><p class="upper">\${h.body.toUpperCase()}</p><p class="trim">\${\` \${h.body} \`.trim()}</p>\`
  }`,
    'app/elements/reply-thread.mjs': `function reply(node) {
    return \`<div class="reply"><p>\${node.text}</p>\${node.replies.map(reply).join('')}</div>\`
  }
  export default function ReplyThread({ html, state }) {
    return html\`<section>\${reply(state.store.thread)}</section>\`
  }`,
    'app/elements/script-values.mjs': `export default function ScriptValues({ html, state }) {
    const h = state.store.hostile
    return html\`<script type="application/json" id="data">\${JSON.stringify(h)}</script>
      <script>window.name1 = '\${h.name}'; window.name2 = \\\`\${h.name}\\\`; window.data = \${JSON.stringify(h)};</script>
      <button onclick="track('\${h.name}')">go</button>
      <a class="link" href="\${h.url}">link</a>
      <p style="color: \${h.color}">styled</p>
      <style>.themed { color: \${h.color}; }</style>\`
  }`,
    'app/pages/index.mjs': `export default function Index({ html }) {
    return html\`<item-list></item-list><rewritten-text></rewritten-text><reply-thread></reply-thread><script-values></script-values>\`
  }`,
};
//# sourceMappingURL=xss-app.js.map