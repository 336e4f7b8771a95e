// Lives in a sub-folder, so its tag is `doc-content`.
export default function DocContent({ html, state }) {
  const { doc = {} } = state.store
  return html`
    <article>
      <h1>${doc.title}</h1>
      ${doc.html}
    </article>
  `
}
