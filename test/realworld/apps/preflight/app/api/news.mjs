// The page may be cached for five minutes; the handler says so with `cacheControl`.
export async function get() {
  return { cacheControl: 'max-age=300', json: { headline: 'Preflight runs before every page' } }
}
