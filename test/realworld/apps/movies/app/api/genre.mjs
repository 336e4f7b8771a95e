import { activeRoute } from '../middleware/active-route.mjs'
import { genres, movies, pageOf } from '../lib/movies.mjs'

async function listGenre(req) {
  const { name } = req.query
  if (!genres.includes(name)) {
    return { statusCode: 404, json: { genres, activeRoute: req.activeRoute, title: 'Unknown genre', results: [] } }
  }
  const inGenre = movies.filter((movie) => movie.genre === name)
  return { json: { ...pageOf(inGenre, req.query.page), genres, activeRoute: req.activeRoute, title: `${name} movies` } }
}

export const get = [activeRoute, listGenre]
