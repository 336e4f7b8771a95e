import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';

const counter = {
  'app/api/count.mjs': `export async function get(req) { return { session: { n: (req.session.n || 0) + 1 }, json: req.session } }
    export async function destroy() { return { session: {}, json: {} } }`,
  'app/api/big.mjs': `export async function get() { return { session: { blob: 'x'.repeat(5000) }, json: {} } }`,
  'app/api/form.mjs': `export async function post(req) { return { json: { got: req.body } } }`,
};

function sessionCookie(response: Response): string {
  const header = response.headers.getSetCookie().find((value) => value.startsWith('_idx='));
  assert.ok(header, 'a _idx cookie was set');
  return header.split(';')[0] as string;
}

describe('sessions over HTTP (enhance-compat §13 item 14)', async () => {
  const app = await serve(counter);

  it('sets an HttpOnly, SameSite=Lax cookie and reads it back', async () => {
    const first = await fetch(`${app.url}/count`);
    assert.deepEqual(await first.json(), {});
    const setCookie = first.headers.getSetCookie()[0] ?? '';
    assert.match(setCookie, /^_idx=/);
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Lax/i);
    assert.match(setCookie, /Path=\//);
    const second = await fetch(`${app.url}/count`, { headers: { cookie: sessionCookie(first) } });
    const body = await second.json();
    assert.equal(body.n, 1);
    const third = await fetch(`${app.url}/count`, { headers: { cookie: sessionCookie(second) } });
    assert.equal((await third.json()).n, 2);
  });

  it('reads a garbage or tampered cookie as an empty session, silently', async () => {
    const first = await fetch(`${app.url}/count`);
    const cookie = sessionCookie(first);
    const tampered = `${cookie.slice(0, -3)}${cookie.endsWith('A') ? 'B' : 'A'}xx`;
    const before = app.logger.lines.length;
    for (const value of ['_idx=garbage', tampered, '_idx=', '_idx=a.b.c.d.e']) {
      const response = await fetch(`${app.url}/count`, { headers: { cookie: value } });
      assert.equal(response.status, 200, value);
      assert.deepEqual(await response.json(), {}, value);
    }
    assert.equal(app.logger.lines.length, before);
  });

  it('clears the session when a handler returns session: {}', async () => {
    const response = await fetch(`${app.url}/count`, { method: 'DELETE' });
    const cleared = response.headers.getSetCookie()[0] ?? '';
    assert.match(cleared, /^_idx=;|Max-Age=0|Expires=Thu, 01 Jan 1970/);
  });

  it('refuses a session over the 4 KB cookie limit with a 500 that names the size', async () => {
    const response = await fetch(`${app.url}/big`, { headers: { accept: 'application/json' } });
    assert.equal(response.status, 500);
    assert.equal(response.headers.getSetCookie().length, 0);
    assert.match(app.logger.lines.at(-1) ?? '', /UPLIFT_SESSION_TOO_LARGE[\s\S]*\d+ bytes/);
  });
});

describe('CSRF origin check', async () => {
  const app = await serve(counter);
  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  it('refuses a cross-site form post with 403 and a clear message', async () => {
    const response = await fetch(`${app.url}/form`, {
      method: 'POST', headers: { ...form, origin: 'https://evil.example', accept: 'application/json' }, body: 'a=1',
    });
    assert.equal(response.status, 403);
    assert.match((await response.json()).error.message, /another site/);
  });

  it('lets a same-origin form post through', async () => {
    const response = await fetch(`${app.url}/form`, {
      method: 'POST', headers: { ...form, origin: app.url, accept: 'application/json' }, body: 'a=1',
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { got: { a: '1' } });
  });

  it('leaves JSON requests alone', async () => {
    const response = await fetch(`${app.url}/form`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://other.example' }, body: '{"a":1}',
    });
    assert.equal(response.status, 200);
  });

  it('honours the allow-list', async () => {
    const allowed = await serve(counter, { csrf: { allowedOrigins: ['https://partner.example'] } });
    const response = await fetch(`${allowed.url}/form`, {
      method: 'POST', headers: { ...form, origin: 'https://partner.example' }, body: 'a=1',
    });
    assert.equal(response.status, 200);
  });
});

describe('cookies API for handlers', async () => {
  const app = await serve({
    'app/api/prefs.mjs': `import { createCookieJar } from 'uplift-html';
      export async function get(req) {
        const cookies = createCookieJar(req.headers.cookie);
        const visits = Number(cookies.get('visits') ?? 0) + 1;
        cookies.set('visits', String(visits), { maxAge: 3600 });
        cookies.set('theme', req.query.theme ?? 'light', { httpOnly: false });
        return { json: { visits, theme: cookies.get('theme') ?? null }, session: { visits }, headers: { 'set-cookie': cookies.setCookieHeaders() } };
      }`,
  });

  it('reads request cookies and sets others beside the session cookie', async () => {
    const first = await fetch(`${app.url}/prefs?theme=dark`);
    assert.deepEqual(await first.json(), { visits: 1, theme: null });
    const setCookies = first.headers.getSetCookie();
    assert.equal(setCookies.length, 3);
    assert.match(setCookies.find((c) => c.startsWith('visits=')) ?? '', /^visits=1; Max-Age=3600; Path=\/; HttpOnly; SameSite=Lax$/);
    assert.match(setCookies.find((c) => c.startsWith('theme=')) ?? '', /^theme=dark; Path=\/; SameSite=Lax$/);
    assert.ok(setCookies.some((c) => c.startsWith('_idx=')));
    const cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
    const second = await fetch(`${app.url}/prefs`, { headers: { cookie } });
    assert.deepEqual(await second.json(), { visits: 2, theme: 'dark' });
  });
});

describe('session revocation over HTTP: session.isRevoked', async () => {
  // Sign-out everywhere: the app records when each user signed out, and older sessions stop reading.
  const signedOutAt = new Map<string, number>();
  const app = await serve(
    {
      'app/api/login.mjs': `export async function post(req) { return { session: { user: req.body.user }, json: {} } }`,
      'app/api/me.mjs': `export async function get(req) { return { json: { user: req.session.user ?? null } } }`,
    },
    { session: { isRevoked: (session) => (session.iat as number) <= (signedOutAt.get(session.user as string) ?? -1) } },
  );
  const login = async (user: string): Promise<string> => {
    const response = await fetch(`${app.url}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
    return sessionCookie(response);
  };
  const me = async (cookie: string): Promise<unknown> => (await (await fetch(`${app.url}/me`, { headers: { cookie } })).json() as { user: unknown }).user;

  it('a copied cookie stops working once the app revokes it, and other users keep theirs', async () => {
    const stolen = await login('ada');
    const other = await login('grace');
    assert.equal(await me(stolen), 'ada');
    signedOutAt.set('ada', Math.floor(Date.now() / 1000));
    assert.equal(await me(stolen), null);
    assert.equal(await me(other), 'grace');
  });
});
