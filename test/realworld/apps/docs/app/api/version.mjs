export async function get() {
  return { text: 'docs 2.4.1' }
}
