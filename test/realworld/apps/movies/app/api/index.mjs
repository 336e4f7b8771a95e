import { activeRoute } from '../middleware/active-route.mjs'
import { referer } from '../middleware/referer.mjs'
import { genres, movies, pageOf } from '../lib/movies.mjs'

async function listMovies(req) {
  return {
    json: { ...pageOf(movies, req.query.page), genres, activeRoute: req.activeRoute, referer: req.referer, title: 'Popular movies' },
  }
}

export const get = [activeRoute, referer, listMovies]
