export default function MovieLayout({ html, state }) {
  const { genres = [], activeRoute = '' } = state.store
  const links = genres
    .map((genre) => `<li><a href="/genre?name=${genre}"${genre === activeRoute ? ' class="active"' : ''}>${genre}</a></li>`)
    .join('')
  return html`
    <layout-sidebar sidebar-width="12rem" gap="1rem">
      <nav slot="sidebar">
        <a href="/"${activeRoute === 'all' ? ' class="active"' : ''}>All</a>
        <ul>${links}</ul>
      </nav>
      <main slot="content"><slot></slot></main>
    </layout-sidebar>
  `
}
