/**
 * Interop with the real @architect/functions session code (enhance-compat §7): cookies written by Architect
 * are read by Uplift and the other way round, for every JWE algorithm Architect can be configured
 * with. Architect reads ARC_APP_SECRET, ARC_APP_SECRET_ALGO and the ARC_SESSION_* variables on every
 * call (only ARC_ENV is backfilled at require time), so each test sets process.env around its calls.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, describe, test } from 'node:test';
import { createSessionStore } from '../src/session/create-session-store.js';
import { resolveSessionOptions } from '../src/session/resolve-session-options.js';
const savedEnv = { ...process.env };
after(() => {
    for (const name of Object.keys(process.env))
        if (!(name in savedEnv))
            delete process.env[name];
    Object.assign(process.env, savedEnv);
});
const sessionVariables = [
    'ARC_ENV',
    'ARC_APP_SECRET',
    'ARC_APP_SECRET_ALGO',
    'ARC_SESSION_TABLE_NAME',
    'ARC_SESSION_TTL',
    'ARC_SESSION_SAME_SITE',
    'ARC_SESSION_DOMAIN',
    'ARC_FORCE_LEGACY_JWE_SECRET',
    'SESSION_TABLE_NAME',
    'SESSION_TTL',
    'SESSION_DOMAIN',
    'UPLIFT_SESSION_SECRETS',
    'NODE_ENV',
];
/** Sets exactly these session variables (plus ARC_SESSION_TABLE_NAME=jwe) for Architect and us. */
function useEnv(vars) {
    for (const name of sessionVariables)
        delete process.env[name];
    Object.assign(process.env, { ARC_ENV: 'testing', ARC_SESSION_TABLE_NAME: 'jwe' }, vars);
    return process.env;
}
useEnv({});
const arc = createRequire(import.meta.url)('@architect/functions');
const arcSession = arc.http.session;
const secret = 'interop-secret-0123456789abcdefghijklmnop';
const otherSecret = 'another-secret-0123456789abcdefghijklmno';
function pairOf(setCookie) {
    return setCookie.split('; ')[0] ?? '';
}
function withoutExpires(setCookie) {
    return setCookie.split('; ').filter((part) => !part.startsWith('Expires=')).join('; ');
}
function withoutIat(session) {
    const { iat: _iat, ...rest } = session;
    return rest;
}
const algorithms = ['A256GCM', 'A192GCM', 'A128GCM'];
describe('Architect writes, Uplift reads', () => {
    for (const algorithm of algorithms) {
        test(algorithm, async () => {
            const env = useEnv({ ARC_APP_SECRET: secret, ARC_APP_SECRET_ALGO: algorithm });
            const setCookie = await arcSession.write({ user: 'ada', roles: ['admin'], n: 1 });
            const store = createSessionStore(resolveSessionOptions(env).options);
            const session = await store.read(pairOf(setCookie));
            assert.deepEqual(withoutIat(session), { user: 'ada', roles: ['admin'], n: 1 });
            assert.equal(typeof session.iat, 'number');
        });
    }
    test('a store with a different secret reads {}', async () => {
        const env = useEnv({ ARC_APP_SECRET: secret });
        const setCookie = await arcSession.write({ n: 1 });
        const store = createSessionStore(resolveSessionOptions(env, { secrets: [otherSecret] }).options);
        assert.deepEqual(await store.read(pairOf(setCookie)), {});
    });
    test('rotation: a cookie Architect wrote with the old secret reads with [new, old]', async () => {
        useEnv({ ARC_APP_SECRET: secret });
        const setCookie = await arcSession.write({ n: 2 });
        const env = useEnv({ UPLIFT_SESSION_SECRETS: `${otherSecret},${secret}` });
        const store = createSessionStore(resolveSessionOptions(env).options);
        assert.equal((await store.read(pairOf(setCookie))).n, 2);
    });
    test('a token Architect wrote over a week ago is refused by both', async () => {
        const env = useEnv({ ARC_APP_SECRET: secret });
        const realNow = Date.now;
        // node-webtokens stamps iat from Date.now(); move the clock back 8 days for that one call.
        Date.now = () => realNow() - 8 * 24 * 60 * 60 * 1000;
        let setCookie;
        try {
            setCookie = await arcSession.write({ n: 3 });
        }
        finally {
            Date.now = realNow;
        }
        const store = createSessionStore(resolveSessionOptions(env).options);
        assert.deepEqual(await arcSession.read({ headers: { cookie: pairOf(setCookie) } }), {});
        assert.deepEqual(await store.read(pairOf(setCookie)), {});
        const lenient = createSessionStore(resolveSessionOptions(env, { tokenMaxAge: 9 * 24 * 60 * 60 }).options);
        assert.equal((await lenient.read(pairOf(setCookie))).n, 3);
    });
});
describe('Uplift writes, Architect reads', () => {
    for (const algorithm of algorithms) {
        test(algorithm, async () => {
            const env = useEnv({ ARC_APP_SECRET: secret, ARC_APP_SECRET_ALGO: algorithm });
            const store = createSessionStore(resolveSessionOptions(env).options);
            const setCookie = await store.write({ user: 'grace', nested: { a: [1, 2] } }, { secure: false });
            const session = await arcSession.read({ headers: { cookie: `theme=dark; ${pairOf(setCookie)}` } });
            assert.deepEqual(withoutIat(session), { user: 'grace', nested: { a: [1, 2] } });
            assert.equal(typeof session.iat, 'number');
        });
    }
    test('Architect with another secret reads {}', async () => {
        const env = useEnv({ ARC_APP_SECRET: secret });
        const setCookie = await createSessionStore(resolveSessionOptions(env).options).write({ n: 1 }, { secure: false });
        useEnv({ ARC_APP_SECRET: otherSecret });
        assert.deepEqual(await arcSession.read({ headers: { cookie: pairOf(setCookie) } }), {});
    });
    test('our cleared cookie reads {} in Architect', async () => {
        const env = useEnv({ ARC_APP_SECRET: secret });
        const cleared = await createSessionStore(resolveSessionOptions(env).options).write({}, { secure: false });
        assert.deepEqual(await arcSession.read({ headers: { cookie: pairOf(cleared) } }), {});
    });
});
describe('Architect and Uplift agree', () => {
    test('both take the last _idx cookie', async () => {
        const env = useEnv({ ARC_APP_SECRET: secret });
        const store = createSessionStore(resolveSessionOptions(env).options);
        const first = pairOf(await arcSession.write({ which: 'first' }));
        const last = pairOf(await store.write({ which: 'last' }, { secure: false }));
        const header = `${first}; other=1; ${last}`;
        assert.equal((await arcSession.read({ headers: { cookie: header } })).which, 'last');
        assert.equal((await store.read(header)).which, 'last');
    });
    test('Set-Cookie attributes match Architect for the same environment (Expires aside)', async () => {
        const cases = [
            {},
            { ARC_SESSION_TTL: '3600', ARC_SESSION_SAME_SITE: 'strict', ARC_SESSION_DOMAIN: 'example.com' },
            { SESSION_TTL: '120', SESSION_DOMAIN: 'example.org' },
        ];
        for (const vars of cases) {
            const env = useEnv({ ARC_APP_SECRET: secret, ...vars });
            const store = createSessionStore(resolveSessionOptions(env).options);
            // ARC_ENV=testing drops Secure in Architect; over plain http outside production we drop it too.
            const ours = withoutExpires(await store.write({ n: 1 }, { secure: false }));
            const theirs = withoutExpires(await arcSession.write({ n: 1 }));
            assert.equal(ours.replace(/^_idx=[^;]+/, '_idx=T'), theirs.replace(/^_idx=[^;]+/, '_idx=T'), JSON.stringify(vars));
        }
    });
    test('Architect reads its environment per call, not at require time', async () => {
        useEnv({ ARC_APP_SECRET: secret });
        const setCookie = await arcSession.write({ n: 1 });
        useEnv({ ARC_APP_SECRET: otherSecret });
        assert.deepEqual(await arcSession.read({ headers: { cookie: pairOf(setCookie) } }), {});
        useEnv({ ARC_APP_SECRET: secret, ARC_APP_SECRET_ALGO: 'A128GCM' });
        const small = await arcSession.write({ n: 2 });
        assert.match(Buffer.from(pairOf(small).slice('_idx='.length).split('.')[0] ?? '', 'base64url').toString(), /"enc":"A128GCM"/);
    });
});
//# sourceMappingURL=session-interop.test.js.map