export default function AlbumDetail({ html, state }) {
  const { album } = state.store
  if (!album) return html`<p>No such album.</p>`
  return html`
    <style>
      li:last-of-type { border-bottom: none; }
      .numeric { font-variant-numeric: tabular-nums; }
    </style>
    <article>
      <h2>${album.title}</h2>
      <p class="muted">${album.artist}</p>
      <p class="muted">${album.label || 'Self released'}, ${album.year}</p>
      <ol>
        ${album.tracks.map((track, index) => `<li><a href="/player/${album.id}-${index + 1}"><span class="numeric">${index + 1}</span> ${track.title} <span class="numeric">${track.length}</span></a></li>`).join('')}
      </ol>
    </article>
  `
}
