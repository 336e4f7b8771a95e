export default function AccountBadge({ html, state }) {
  const { attrs, store } = state
  const { account = {} } = store
  return html`
    <p>Signed in as <strong>${account.username}</strong>${'detailed' in attrs ? ` (id ${account.id})` : ''}</p>
  `
}
