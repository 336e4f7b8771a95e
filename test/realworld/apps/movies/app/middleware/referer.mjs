export async function referer(req) {
  const { referer = '/' } = req.headers
  req.referer = referer
}
