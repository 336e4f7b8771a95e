export default function NowPlaying({ html, state }) {
  const { track = '', trackTitle = '', trackArtist = '' } = state.store
  return html`
    <figure>
      <figcaption>${trackTitle || 'Nothing playing'} <span class="muted">${trackArtist}</span></figcaption>
      <audio controls src="/_public/${track}"></audio>
    </figure>
  `
}
