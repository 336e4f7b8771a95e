export default function DocLayout({ html, state }) {
  const { sidebar = [], active = '' } = state.store
  const links = sidebar
    .map(({ slug, title }) => `<li><a href="/docs/${slug === 'index' ? '' : slug}"${slug === active ? ' aria-current="page"' : ''}>${title}</a></li>`)
    .join('')
  return html`
    <style>
      :host { display: grid; grid-template-columns: 14rem 1fr; }
      nav a[aria-current] { font-weight: bold; }
    </style>
    <nav><ul>${links}</ul></nav>
    <main><slot></slot></main>
  `
}
