export default function AlbumGrid({ html, state }) {
  const { recent = [] } = state.store
  return html`
    <style>
      ul { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); }
    </style>
    <ul class="list-none gap0">
      ${recent.map((album) => `<li><a href="/album/${album.id}"><img src="${album.cover}" alt=""> ${album.title}</a> <span class="muted">${album.artist}</span></li>`).join('')}
    </ul>
  `
}
