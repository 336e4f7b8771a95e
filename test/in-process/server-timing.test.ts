import assert from 'node:assert/strict';
import { it } from 'node:test';
import { serve } from '../helpers/app.js';

const files = {
  'app/api/index.mjs': `export async function get() { return { json: { n: 1 } } }`,
  'app/pages/index.html': '<h1>Home</h1>',
  'app/pages/about.html': '<h1>About</h1>',
};
const production = { NODE_ENV: 'production', ARC_APP_SECRET: 'server-timing-secret-of-enough-length!!' };
const timingOf = async (url: string): Promise<string | null> => (await fetch(url, { headers: { accept: 'text/html' } })).headers.get('server-timing');

it('Server-Timing: off in production, on in development, on in production only when the app turns it on', async () => {
  const quiet = await serve(files, { env: production });
  const dev = await serve(files, { dev: true });
  const chosen = await serve(files, { env: production, serverTiming: true });
  for (const path of ['/', '/about']) {
    assert.equal(await timingOf(`${quiet.url}${path}`), null, `production ${path}`);
    assert.match((await timingOf(`${dev.url}${path}`)) ?? '', /(^|, )elements;desc="enhance-elements";dur=[\d.]+, html;desc="enhance-html";dur=[\d.]+$/, `dev ${path}`);
    assert.match((await timingOf(`${chosen.url}${path}`)) ?? '', /html;desc="enhance-html";dur=[\d.]+$/, `opted in ${path}`);
  }
  const devOff = await serve(files, { dev: true, serverTiming: false });
  assert.equal(await timingOf(`${devOff.url}/`), null);
});
