export default function SiteHeader({ html }) {
  return html`
    <style>
      :host { display: block; padding: 0.5rem 1rem; background: #123; }
      a { color: #fff; margin-right: 1rem; }
    </style>
    <nav><a href="/">Home</a><a href="/notes">Notes</a></nav>
  `;
}
