export default function About({ html, state }) {
  const { pageTitle } = state.store
  return html`
    <layout-page>
      <h1>${pageTitle}</h1>
      <p>This page is a module, not an HTML file.</p>
    </layout-page>
  `
}
