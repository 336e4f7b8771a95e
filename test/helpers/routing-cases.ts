/** The shared routing table: used by the router's unit tests and by the same cases over HTTP. */

/**
 * The api tree has a root index and no root catch-all, so unmatched paths give null; the pages
 * tree has a root `$$` and no index, to check what a catch-all takes.
 */
export const routingFiles: readonly string[] = [
  'api/index.mjs',
  'api/about.mjs',
  'api/notes/index.mjs',
  'api/notes/$id.mjs',
  'api/things/$id.mjs',
  'api/docs/index.mjs',
  'api/docs/$slug.mjs',
  'api/docs/$$.mjs',
  'api/one/$$.mjs',
  'api/a/b.mjs',
  'api/.well-known/webfinger.mjs',
  'api/café.mjs',
  'api/users/$user-id.mjs',
  'api/users/$user-id/edit.mjs',
  'api/lv/a.mjs',
  'api/lv/$p.mjs',
  'api/lv/$$.mjs',
  'api/lv/$p/z.mjs',
  'api/sh.mjs',
  'api/sh/$$.mjs',
  'api/(x)+.mjs',
  'api/my page.mjs',
  'pages/about.html',
  'pages/$$.html',
  'pages/docs/$$.html',
  'pages/$a/$b.html',
];

export type Tree = 'api' | 'pages';
/** [tree, request path, expected file relative to the tree or null, expected params]. */
export type Case = [Tree, string, string | null, Record<string, string>?];

export const routingCases: readonly Case[] = [
  // enhance-compat §1.2 table and §13.1, §13.2
  ['api', '/', 'index.mjs'],
  ['api', '/index', null],
  ['api', '/about', 'about.mjs'],
  ['api', '/about/', 'about.mjs'],
  ['api', '/ABOUT', 'about.mjs'],
  ['api', '/About/', 'about.mjs'],
  ['api', '/about.html', null],
  ['api', '/about/x', null],
  ['api', '/about//', null],
  ['api', '/notes', 'notes/index.mjs'],
  ['api', '/notes/', 'notes/index.mjs'],
  ['api', '/notes/42', 'notes/$id.mjs', { id: '42' }],
  ['api', '/Notes/4%202/', 'notes/$id.mjs', { id: '4%202' }],
  ['api', '/notes/4%202', 'notes/$id.mjs', { id: '4%202' }],
  ['api', '/notes/1/2', null],
  ['api', '/notes/index', 'notes/$id.mjs', { id: 'index' }],
  ['pages', '/', '$$.html'],
  ['pages', '/anything/at/all', '$$.html'],
  ['api', '/.well-known/webfinger', '.well-known/webfinger.mjs'],
  ['api', '/.WELL-KNOWN/WebFinger/', '.well-known/webfinger.mjs'],
  // enhance-compat §13 item 6: params stay percent-encoded
  ['api', '/things/a%20b', 'things/$id.mjs', { id: 'a%20b' }],
  ['api', '/things/a%2Fb', 'things/$id.mjs', { id: 'a%2Fb' }],
  ['api', '/things/%FF', 'things/$id.mjs', { id: '%FF' }],
  ['api', '/things/Caf%C3%A9', 'things/$id.mjs', { id: 'Caf%C3%A9' }],
  // enhance-compat §13 item 7: a catch-all needs the slash before it
  ['api', '/one/', 'one/$$.mjs'],
  ['api', '/one/x/y', 'one/$$.mjs'],
  ['api', '/ONE/x/', 'one/$$.mjs'],
  ['api', '/one', null],
  // enhance-compat §13 item 8
  ['api', '/docs', 'docs/index.mjs'],
  ['api', '/docs/', 'docs/index.mjs'],
  ['api', '/docs/intro', 'docs/$slug.mjs', { slug: 'intro' }],
  ['api', '/docs/a/b', 'docs/$$.mjs'],
  ['api', '/docs/index', 'docs/$slug.mjs', { slug: 'index' }],
  // enhance-compat §1.3: docs/$$ (CA) beats $a/$b (BB) for /docs/x
  ['pages', '/docs/x', 'docs/$$.html'],
  ['pages', '/docs/x/y', 'docs/$$.html'],
  ['pages', '/x/y', '$a/$b.html', { a: 'x', b: 'y' }],
  ['pages', '/x/y/z', '$$.html'],
  ['pages', '/about', 'about.html'],
  ['pages', '/about/x', '$a/$b.html', { a: 'about', b: 'x' }],
  // static > param > catch-all at each level; earlier segments dominate
  ['api', '/lv/a', 'lv/a.mjs'],
  ['api', '/lv/b', 'lv/$p.mjs', { p: 'b' }],
  ['api', '/lv/', 'lv/$$.mjs'],
  ['api', '/lv/a/b', 'lv/$$.mjs'],
  ['api', '/lv/b/z', 'lv/$p/z.mjs', { p: 'b' }],
  ['api', '/lv/a/z', 'lv/$p/z.mjs', { p: 'a' }],
  ['api', '/lv', null],
  // a deeper catch-all outranks a static file on its own URL with a slash (CCA > CC)
  ['api', '/sh', 'sh.mjs'],
  ['api', '/sh/', 'sh/$$.mjs'],
  ['api', '/sh/x', 'sh/$$.mjs'],
  // Unicode static names are compared decoded and NFC-folded
  ['api', '/caf%C3%A9', 'café.mjs'],
  ['api', '/CAF%C3%89', 'café.mjs'],
  ['api', '/cafe%CC%81', 'café.mjs'],
  ['api', '/caf%E9', null],
  // file names are literal text, not patterns; spaces are compared decoded
  ['api', '/(x)+', '(x)+.mjs'],
  ['api', '/x', null],
  ['api', '/xx', null],
  ['api', '/my%20page', 'my page.mjs'],
  ['api', '/My%20Page/', 'my page.mjs'],
  // param with a literal suffix (Enhance's `$user-id`)
  ['api', '/users/bob-id', 'users/$user-id.mjs', { user: 'bob' }],
  ['api', '/users/Bob-ID/', 'users/$user-id.mjs', { user: 'Bob' }],
  ['api', '/users/bob%2Did', 'users/$user-id.mjs', { user: 'bob' }],
  ['api', '/users/a-id-id', 'users/$user-id.mjs', { user: 'a-id' }],
  ['api', '/users/-id', null],
  ['api', '/users/bob', null],
  ['api', '/users/bob-id/edit', 'users/$user-id/edit.mjs', { user: 'bob' }],
  // empty segments and encoded slashes
  ['api', '/a/b', 'a/b.mjs'],
  ['api', '/a//b', null],
  ['api', '//a/b', null],
  ['api', '/a%2Fb', null],
  ['api', '//', null],
  ['pages', '/a//b', '$$.html'],
];
