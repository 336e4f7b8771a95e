import { checkRedirects } from '../lib/redirects.mjs'

async function notFound() {
  return { statusCode: 302, location: '/404' }
}

export const get = [checkRedirects, notFound]
