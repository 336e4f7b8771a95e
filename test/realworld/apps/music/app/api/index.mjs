import albums from '../lib/albums.mjs'

export async function get() {
  return { json: { recent: albums.map(({ id, title, artist, cover }) => ({ id, title, artist, cover })) } }
}
