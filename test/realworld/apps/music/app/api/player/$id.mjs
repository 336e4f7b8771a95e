import albums from '../../lib/albums.mjs'

function cacheControl() {
  return process.env.ARC_ENV === 'production' ? 'max-age=600' : 'no-cache, no-store, must-revalidate, max-age=0, s-maxage=0'
}

// A one-step middleware array that remembers the last track in the session.
export const get = [async function playTrack(req) {
  const { session: previous } = req
  const { id } = req.pathParameters
  const [albumId, trackNumber] = id.split('-').map(Number)
  const album = albums.find((candidate) => candidate.id === albumId)
  const track = album?.tracks[trackNumber - 1]
  return {
    headers: { 'cache-control': cacheControl() },
    json: {
      track: `tracks/${id}.mp3`,
      trackTitle: track?.title || '',
      trackArtist: album?.artist || '',
    },
    session: { ...previous, track: id },
  }
}]
