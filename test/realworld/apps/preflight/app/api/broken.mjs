export async function get() {
  throw new Error('the database is down')
}
