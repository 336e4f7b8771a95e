export async function post() {
  return { session: {}, location: '/' }
}
