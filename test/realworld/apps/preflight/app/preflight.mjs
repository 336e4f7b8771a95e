// Every page gets a title and the signed-in account without an API route of its own.
export default async function Preflight({ req }) {
  return {
    pageTitle: titleFor(req.path),
    account: { username: 'quietfox', id: 'acct-7' },
  }
}

function titleFor(path) {
  const titles = { '/': 'Home', '/about': 'About', '/account': 'My account' }
  return titles[path] || 'Preflight demo'
}
