export default function MovieGrid({ html, state }) {
  const { title = '', results = [], page = 1, pages = 1, referer = '' } = state.store
  const cards = results.map((movie) => `<article><h3>${movie.title}</h3><p>${movie.year} · ${movie.rating}</p></article>`).join('')
  return html`
    <h2>${title}</h2>
    <layout-collection min-item-width="10rem" gap="1rem">${cards}</layout-collection>
    <p class="pager">Page ${page} of ${pages}${page < pages ? ` <a href="?page=${page + 1}">Next</a>` : ''}</p>
    ${referer ? `<a class="back" href="${referer}">Back</a>` : ''}
  `
}
