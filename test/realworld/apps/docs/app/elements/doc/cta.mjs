export default function DocCta({ html, state }) {
  const { event } = state.store
  return html`<aside class="cta"><p>Thanks for coming to ${event}!</p><a href="/docs/">Get started</a></aside>`
}
