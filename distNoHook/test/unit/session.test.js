import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CompactEncrypt, EncryptJWT, decodeProtectedHeader, base64url } from 'jose';
import { UpliftError } from '../../src/common/errors.js';
import { createSessionStore } from '../../src/session/create-session-store.js';
import { resolveSessionOptions, } from '../../src/session/resolve-session-options.js';
const secretA = 'a-secret-that-is-long-enough-0123456789';
const secretB = 'b-secret-that-is-long-enough-9876543210';
const now = () => Math.floor(Date.now() / 1000);
function optionsFor(overrides = {}, env = {}) {
    return resolveSessionOptions(env, { secrets: [secretA], ...overrides }).options;
}
function storeFor(overrides = {}, env = {}) {
    return createSessionStore(optionsFor(overrides, env));
}
/** The `name=value` part of a Set-Cookie header, as a browser would send it back. */
function cookiePair(setCookie) {
    return setCookie.split('; ')[0] ?? '';
}
function tokenOf(setCookie) {
    return cookiePair(setCookie).slice('_idx='.length);
}
function keyFor(secret, bytes = 32) {
    return new TextEncoder().encode(secret).slice(0, bytes);
}
function assertUpliftError(error, code, fragment) {
    assert.ok(error instanceof UpliftError, `expected UpliftError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (fragment)
        assert.match(error.message, fragment);
    return true;
}
/** Runs `run` with console.error/warn/log/info captured; returns what it printed. */
async function captureConsole(run) {
    const printed = [];
    const methods = ['error', 'warn', 'log', 'info', 'debug'];
    const originals = methods.map((method) => console[method]);
    for (const method of methods)
        console[method] = (...args) => void printed.push(args.join(' '));
    try {
        await run();
    }
    finally {
        methods.forEach((method, index) => (console[method] = originals[index]));
    }
    return printed;
}
/** Replaces the character at `index` with a different base64url character. */
function flipAt(token, index) {
    const replacement = token[index] === 'A' ? 'B' : 'A';
    return token.slice(0, index) + replacement + token.slice(index + 1);
}
describe('resolveSessionOptions', () => {
    test('defaults follow Architect', () => {
        const { options, warning } = resolveSessionOptions({ ARC_APP_SECRET: secretA });
        assert.equal(warning, undefined);
        assert.deepEqual(options, {
            secrets: [secretA],
            algorithm: 'A256GCM',
            cookieName: '_idx',
            maxAge: 788400000,
            sameSite: 'Lax',
            domain: undefined,
            secure: 'auto',
            tokenMaxAge: 604800,
            isRevoked: undefined,
            production: false,
        });
    });
    test('reads the Architect variables and the SESSION_* fallbacks', () => {
        const arc = resolveSessionOptions({
            ARC_APP_SECRET: secretA,
            ARC_APP_SECRET_ALGO: 'A128GCM',
            ARC_SESSION_TTL: '3600',
            ARC_SESSION_SAME_SITE: 'strict',
            ARC_SESSION_DOMAIN: 'example.com',
            NODE_ENV: 'production',
        }).options;
        assert.equal(arc.algorithm, 'A128GCM');
        assert.equal(arc.maxAge, 3600);
        assert.equal(arc.sameSite, 'Strict');
        assert.equal(arc.domain, 'example.com');
        assert.equal(arc.production, true);
        const fallback = resolveSessionOptions({ ARC_APP_SECRET: secretA, SESSION_TTL: '60', SESSION_DOMAIN: 'example.org' }).options;
        assert.equal(fallback.maxAge, 60);
        assert.equal(fallback.domain, 'example.org');
        assert.equal(resolveSessionOptions({ ARC_APP_SECRET: secretA, ARC_SESSION_SAME_SITE: 'NONE' }).options.sameSite, 'None');
    });
    test('UPLIFT_SESSION_SECRETS lists secrets newest first and replaces ARC_APP_SECRET', () => {
        const { options } = resolveSessionOptions({
            UPLIFT_SESSION_SECRETS: ` ${secretB} ,${secretA},,${secretB}`,
            ARC_APP_SECRET: 'c-secret-that-is-long-enough-000000000',
        });
        assert.deepEqual(options.secrets, [secretB, secretA]);
    });
    test('overrides win over the environment', () => {
        const { options } = resolveSessionOptions({ ARC_APP_SECRET: secretA, ARC_SESSION_TTL: '3600', ARC_SESSION_SAME_SITE: 'strict' }, { secrets: [secretB], maxAge: 10, sameSite: 'None', cookieName: 'sid', secure: true, tokenMaxAge: 20, domain: 'a.test' });
        assert.deepEqual([options.secrets, options.maxAge, options.sameSite, options.cookieName, options.secure, options.tokenMaxAge, options.domain], [[secretB], 10, 'None', 'sid', true, 20, 'a.test']);
    });
    test('outside production, no secret means a random per-process secret and a warning', () => {
        const first = resolveSessionOptions({});
        const second = resolveSessionOptions({ ARC_APP_SECRET: '' });
        assert.match(first.warning ?? '', /no session secret is set \(ARC_APP_SECRET or UPLIFT_SESSION_SECRETS\)/);
        assert.equal(first.options.secrets.length, 1);
        assert.ok((first.options.secrets[0] ?? '').length >= 32);
        assert.notEqual(first.options.secrets[0], second.options.secrets[0]);
    });
    test('in production, no secret throws UPLIFT_SESSION_SECRET explaining how to set one', () => {
        for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', UPLIFT_SESSION_SECRETS: ' , ' }]) {
            assert.throws(() => resolveSessionOptions(env), (error) => assertUpliftError(error, 'UPLIFT_SESSION_SECRET', /randomBytes\(32\).*ARC_APP_SECRET/s));
        }
    });
    const badSecrets = [
        ['too short for A256GCM', { ARC_APP_SECRET: 'short-secret' }, /ARC_APP_SECRET is 12 bytes, but A256GCM needs .* at least 32 bytes/],
        ['too short for A128GCM', { ARC_APP_SECRET: 'fifteen-chars!!', ARC_APP_SECRET_ALGO: 'A128GCM' }, /15 bytes, but A128GCM needs .* 16/],
        ['a short entry in the list', { UPLIFT_SESSION_SECRETS: `${secretA},tiny` }, /UPLIFT_SESSION_SECRETS entry 2 is 4 bytes/],
        ["Architect's public default key", { ARC_APP_SECRET: '12345678901234567890123456789012' }, /published default key/],
        ["Architect's A128GCM default key", { ARC_APP_SECRET: '1234567890123456', ARC_APP_SECRET_ALGO: 'A128GCM' }, /published default key/],
    ];
    for (const [name, env, fragment] of badSecrets) {
        test(`refuses a secret ${name}, without printing it`, () => {
            for (const production of [{}, { NODE_ENV: 'production' }]) {
                assert.throws(() => resolveSessionOptions({ ...env, ...production }), (error) => {
                    assertUpliftError(error, 'UPLIFT_SESSION_SECRET', fragment);
                    assert.ok(!error.message.includes('short-secret'));
                    return true;
                });
            }
        });
    }
    test('accepts a 16-character secret with A128GCM, as Architect does', () => {
        const { options } = resolveSessionOptions({ ARC_APP_SECRET: 'sixteen-chars-ok', ARC_APP_SECRET_ALGO: 'A128GCM' });
        assert.deepEqual(options.secrets, ['sixteen-chars-ok']);
    });
    const badConfig = [
        ['unknown algorithm', { ARC_APP_SECRET_ALGO: 'A256CBC-HS512' }, {}, /ARC_APP_SECRET_ALGO\) is "A256CBC-HS512"; expected one of A256GCM/],
        ['non-numeric TTL', { ARC_SESSION_TTL: 'week' }, {}, /ARC_SESSION_TTL\) is "week"/],
        ['fractional TTL', { ARC_SESSION_TTL: '1.5' }, {}, /whole number of seconds/],
        ['zero TTL', { SESSION_TTL: '0' }, {}, /whole number of seconds/],
        ['unknown SameSite', { ARC_SESSION_SAME_SITE: 'sometimes' }, {}, /expected Lax, Strict or None/],
        ['invalid domain', { ARC_SESSION_DOMAIN: 'exa mple.com' }, {}, /domain \(ARC_SESSION_DOMAIN\) "exa mple.com" cannot be written/],
        ['invalid cookie name', {}, { cookieName: 'my session' }, /cookieName "my session"/],
        ['negative tokenMaxAge', {}, { tokenMaxAge: -1 }, /tokenMaxAge is -1/],
        ['invalid secure', {}, { secure: 'yes' }, /secure is "yes"/],
    ];
    for (const [name, env, overrides, fragment] of badConfig) {
        test(`throws UPLIFT_CONFIG for ${name}`, () => {
            assert.throws(() => resolveSessionOptions({ ARC_APP_SECRET: secretA, ...env }, overrides), (error) => assertUpliftError(error, 'UPLIFT_CONFIG', fragment));
        });
    }
    test('warns about Architect settings Uplift does not honour', () => {
        const legacy = resolveSessionOptions({ ARC_APP_SECRET: secretA, ARC_FORCE_LEGACY_JWE_SECRET: '1' });
        assert.match(legacy.warning ?? '', /ARC_FORCE_LEGACY_JWE_SECRET is not supported/);
        const table = resolveSessionOptions({ ARC_APP_SECRET: secretA, ARC_SESSION_TABLE_NAME: 'sessions' });
        assert.match(table.warning ?? '', /session table "sessions" is ignored/);
        assert.equal(resolveSessionOptions({ ARC_APP_SECRET: secretA, ARC_SESSION_TABLE_NAME: 'jwe' }).warning, undefined);
    });
});
describe('createSessionStore: writing', () => {
    test('round-trips a session, adding iat, without touching the object passed in', async () => {
        const store = storeFor();
        const session = { user: 'ada', n: 1, nested: { list: [1, 'two'] } };
        const setCookie = await store.write(session, { secure: false });
        assert.deepEqual(session, { user: 'ada', n: 1, nested: { list: [1, 'two'] } });
        const read = await store.read(cookiePair(setCookie));
        const { iat, ...rest } = read;
        assert.deepEqual(rest, session);
        assert.equal(typeof iat, 'number');
        assert.ok(Math.abs(iat - now()) <= 5);
    });
    test('writes a compact JWE with alg dir and the configured enc', async () => {
        for (const algorithm of ['A256GCM', 'A192GCM', 'A128GCM']) {
            const token = tokenOf(await storeFor({ algorithm }).write({ a: 1 }, { secure: false }));
            assert.equal(token.split('.').length, 5);
            assert.deepEqual(decodeProtectedHeader(token), { alg: 'dir', enc: algorithm });
        }
    });
    test('cookie attributes: HttpOnly, SameSite=Lax, Path=/, Max-Age with matching Expires', async () => {
        const setCookie = await storeFor().write({ a: 1 }, { secure: false });
        const attributes = setCookie.split('; ').slice(1);
        const expires = attributes.find((attribute) => attribute.startsWith('Expires='));
        assert.deepEqual(attributes.filter((attribute) => attribute !== expires), ['Max-Age=788400000', 'Path=/', 'HttpOnly', 'SameSite=Lax']);
        const expiresAt = Date.parse((expires ?? '').slice('Expires='.length)) / 1000;
        assert.ok(Math.abs(expiresAt - (now() + 788400000)) <= 5, `Expires ${expires}`);
    });
    test('Domain, SameSite and cookie name follow the options', async () => {
        const setCookie = await storeFor({ domain: 'example.com', sameSite: 'Strict', cookieName: 'sid', maxAge: 60 }).write({ a: 1 }, { secure: false });
        assert.match(setCookie, /^sid=[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+; Max-Age=60; Domain=example\.com; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    });
    const secureCases = [
        ['auto, http, development', {}, {}, false, false],
        ['auto, https, development', {}, {}, true, true],
        ['auto, http, production', {}, { NODE_ENV: 'production' }, false, true],
        ['false, https', { secure: false }, {}, true, false],
        ['true, http', { secure: true }, {}, false, true],
        ['SameSite=None forces Secure', { secure: false, sameSite: 'None' }, {}, false, true],
    ];
    for (const [name, overrides, env, requestIsSecure, expected] of secureCases) {
        test(`Secure attribute: ${name}`, async () => {
            const setCookie = await storeFor(overrides, env).write({ a: 1 }, { secure: requestIsSecure });
            assert.equal(setCookie.split('; ').includes('Secure'), expected);
        });
    }
    test('{} clears: an expired empty cookie with the same path and domain', async () => {
        const store = storeFor({ domain: 'example.com' });
        const setCookie = await store.write({}, { secure: true });
        assert.equal(setCookie, '_idx=; Max-Age=0; Domain=example.com; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax');
        assert.deepEqual(await store.read(cookiePair(setCookie)), {});
    });
    test('a new session replaces the old one whole (no merge, enhance-compat §7)', async () => {
        const store = storeFor();
        await store.write({ a: 1 }, { secure: false });
        const { iat: _iat, ...read } = await store.read(cookiePair(await store.write({ b: 2 }, { secure: false })));
        assert.deepEqual(read, { b: 2 });
    });
    test('a session over 4096 bytes throws UPLIFT_SESSION_TOO_LARGE naming the size', async () => {
        const store = storeFor();
        const fits = await store.write({ blob: 'x'.repeat(2500) }, { secure: true });
        assert.ok(Buffer.byteLength(fits) <= 4096);
        await assert.rejects(store.write({ blob: 'x'.repeat(3500) }, { secure: true }), (error) => {
            assertUpliftError(error, 'UPLIFT_SESSION_TOO_LARGE', /would be \d+ bytes, over the 4096-byte limit/);
            const size = Number(/would be (\d+) bytes/.exec(error.message)?.[1]);
            assert.ok(size > 4096 && size < 6000, `size ${size}`);
            return true;
        });
    });
    const badSessions = [
        ['null', null, /session as null; it must be a plain object/],
        ['an array', [1], /session as an array/],
        ['a BigInt value', { n: 1n }, /could not be saved.*BigInt/s],
        ['a cycle', (() => { const cyclic = {}; cyclic.self = cyclic; return cyclic; })(), /could not be saved/],
        ['a string exp claim', { exp: 'tomorrow' }, /"exp" is a JWT claim and must be a number/],
        ['a string nbf claim', { nbf: 'later' }, /"nbf" is a JWT claim/],
    ];
    for (const [name, session, fragment] of badSessions) {
        test(`write refuses ${name} with UPLIFT_HANDLER_RESULT`, async () => {
            await assert.rejects(storeFor().write(session, { secure: false }), (error) => assertUpliftError(error, 'UPLIFT_HANDLER_RESULT', fragment));
        });
    }
});
describe('createSessionStore: reading', () => {
    test('the last session cookie in the header wins (enhance-compat §7)', async () => {
        const store = storeFor();
        const first = cookiePair(await store.write({ which: 'first' }, { secure: false }));
        const last = cookiePair(await store.write({ which: 'last' }, { secure: false }));
        assert.equal((await store.read(`${first}; theme=dark; ${last}`)).which, 'last');
        assert.equal((await store.read(`${last}; ${first}`)).which, 'first');
    });
    test('rotation: written with B, read by [A, B]; a store with only [A] reads {}', async () => {
        const token = cookiePair(await storeFor({ secrets: [secretB] }).write({ n: 7 }, { secure: false }));
        assert.equal((await storeFor({ secrets: [secretA, secretB] }).read(token)).n, 7);
        assert.deepEqual(await storeFor({ secrets: [secretA] }).read(token), {});
    });
    test('rotation: a store with [B, A] writes with B', async () => {
        const token = cookiePair(await storeFor({ secrets: [secretB, secretA] }).write({ n: 8 }, { secure: false }));
        assert.equal((await storeFor({ secrets: [secretB] }).read(token)).n, 8);
        assert.deepEqual(await storeFor({ secrets: [secretA] }).read(token), {});
    });
    test('only the configured algorithm is read: a token of a smaller GCM size from the prefix of the secret is {}', async () => {
        // The A128GCM key is the first 16 bytes of the secret: someone who learns them must not forge an A256GCM app's sessions.
        for (const [written, configured] of [['A128GCM', 'A256GCM'], ['A192GCM', 'A256GCM'], ['A256GCM', 'A128GCM']]) {
            const token = cookiePair(await storeFor({ algorithm: written }).write({ user: 'admin' }, { secure: false }));
            assert.deepEqual(await storeFor({ algorithm: configured }).read(token), {}, `${written} read by ${configured}`);
            assert.equal((await storeFor({ algorithm: written }).read(token)).user, 'admin');
        }
    });
    test('a forged A128GCM token made by hand from the first 16 bytes of the secret is {}', async () => {
        const forged = await new EncryptJWT({ user: 'admin' }).setProtectedHeader({ alg: 'dir', enc: 'A128GCM' }).setIssuedAt().encrypt(keyFor(secretA, 16));
        assert.deepEqual(await storeFor().read(`_idx=${forged}`), {});
        const honest = await new EncryptJWT({ user: 'ada' }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().encrypt(keyFor(secretA));
        assert.equal((await storeFor().read(`_idx=${honest}`)).user, 'ada');
    });
    test('rotation checks the algorithm under every secret: an old secret does not widen what is read', async () => {
        const forged = await new EncryptJWT({ user: 'admin' }).setProtectedHeader({ alg: 'dir', enc: 'A128GCM' }).setIssuedAt().encrypt(keyFor(secretB, 16));
        assert.deepEqual(await storeFor({ secrets: [secretA, secretB] }).read(`_idx=${forged}`), {});
    });
    test('isRevoked: a session it reports revoked reads as {}; others are read with their iat', async () => {
        const seen = [];
        const revokedBefore = now() + 10;
        const store = storeFor({ isRevoked: (session) => { seen.push(session.user); return session.iat < revokedBefore && session.user === 'mallory'; } });
        const mallory = cookiePair(await store.write({ user: 'mallory' }, { secure: false }));
        const ada = cookiePair(await store.write({ user: 'ada' }, { secure: false }));
        assert.deepEqual(await store.read(mallory), {});
        assert.equal((await store.read(ada)).user, 'ada');
        assert.deepEqual(seen, ['mallory', 'ada']);
    });
    test('isRevoked may be async, and its error is not swallowed', async () => {
        const asyncStore = storeFor({ isRevoked: async (session) => session.user === 'mallory' });
        assert.deepEqual(await asyncStore.read(cookiePair(await asyncStore.write({ user: 'mallory' }, { secure: false }))), {});
        const failing = storeFor({ isRevoked: () => { throw new Error('revocation list unavailable'); } });
        const token = cookiePair(await failing.write({ user: 'ada' }, { secure: false }));
        await assert.rejects(failing.read(token), /revocation list unavailable/);
        assert.throws(() => optionsFor({ isRevoked: 'yes' }), /isRevoked is string/);
    });
    test('tokenMaxAge: a token older than the limit reads {}, a younger one reads', async () => {
        const token = await new EncryptJWT({ n: 1 })
            .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
            .setIssuedAt(now() - 600)
            .encrypt(keyFor(secretA));
        assert.deepEqual(await storeFor({ tokenMaxAge: 300 }).read(`_idx=${token}`), {});
        assert.equal((await storeFor({ tokenMaxAge: 900 }).read(`_idx=${token}`)).n, 1);
    });
    test('an exp claim stored in the session is enforced', async () => {
        const store = storeFor();
        const past = cookiePair(await store.write({ n: 1, exp: now() - 3600 }, { secure: false }));
        const future = cookiePair(await store.write({ n: 2, exp: now() + 3600 }, { secure: false }));
        assert.deepEqual(await store.read(past), {});
        assert.equal((await store.read(future)).n, 2);
    });
    test('hostile cookies read {} without throwing or printing', async () => {
        const store = storeFor();
        const good = tokenOf(await store.write({ admin: false, padding: 'p'.repeat(40) }, { secure: false }));
        const [header = '', , iv = '', ciphertext = '', tag = ''] = good.split('.');
        const key = keyFor(secretA);
        const encryptRaw = (plaintext, enc = 'A256GCM', bytes = 32) => new CompactEncrypt(new TextEncoder().encode(plaintext)).setProtectedHeader({ alg: 'dir', enc }).encrypt(keyFor(secretA, bytes));
        const jwt = (claims) => new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' });
        const b64 = (value) => base64url.encode(JSON.stringify(value));
        // Positions in the middle of each part: the last character of a segment may carry only padding bits.
        const middle = (offset, part) => offset + Math.floor(part.length / 2);
        const hostile = [
            ['absent', undefined],
            ['empty header', ''],
            ['empty value', '_idx='],
            ['garbage', '_idx=garbage'],
            ['five empty parts', '_idx=....'],
            ['binary noise', `_idx=${'\u0000\u00ff\ud800'.repeat(50)}`],
            ['header flipped', `_idx=${flipAt(good, middle(0, header))}`],
            ['iv flipped', `_idx=${flipAt(good, middle(header.length + 2, iv))}`],
            ['ciphertext flipped', `_idx=${flipAt(good, middle(header.length + iv.length + 3, ciphertext))}`],
            ['tag flipped', `_idx=${flipAt(good, middle(good.length - tag.length, tag))}`],
            ['truncated by one part', `_idx=${good.split('.').slice(0, 4).join('.')}`],
            ['truncated mid-ciphertext', `_idx=${good.slice(0, header.length + iv.length + 3 + 10)}`],
            ['tag dropped', `_idx=${good.slice(0, good.length - tag.length)}`],
            ['wrong key', `_idx=${await jwt({ n: 1 }).setIssuedAt().encrypt(keyFor(secretB))}`],
            ['expired iat', `_idx=${await jwt({ n: 1 }).setIssuedAt(now() - 604800 - 3600).encrypt(key)}`],
            ['iat far in the future', `_idx=${await jwt({ n: 1 }).setIssuedAt(now() + 3600).encrypt(key)}`],
            ['iat missing', `_idx=${await jwt({ n: 1 }).encrypt(key)}`],
            ['iat a string', `_idx=${await encryptRaw(JSON.stringify({ n: 1, iat: String(now()) }))}`],
            ['non-JSON payload', `_idx=${await encryptRaw('not json at all')}`],
            ['JSON array payload', `_idx=${await encryptRaw('[1,2,3]')}`],
            ['alg none (JWS style)', `_idx=${b64({ alg: 'none' })}.${b64({ admin: true, iat: now() })}.`],
            ['alg none (JWE style)', `_idx=${b64({ alg: 'none', enc: 'A256GCM' })}..${iv}.${ciphertext}.${tag}`],
            ['alg A256KW', `_idx=${b64({ alg: 'A256KW', enc: 'A256GCM' })}..${iv}.${ciphertext}.${tag}`],
            ['enc A256CBC-HS512', `_idx=${await encryptRaw(JSON.stringify({ n: 1, iat: now() }), 'A256CBC-HS512', 64).catch(() => 'x')}`],
            ['zip header', `_idx=${b64({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' })}..${iv}.${ciphertext}.${tag}`],
            ['encrypted key present', `_idx=${header}.AAAA.${iv}.${ciphertext}.${tag}`],
            ['100 KB cookie header', `_idx=${'A'.repeat(100 * 1024)}`],
            ['100 KB of other cookies around a bad token', `${'x=1; '.repeat(20_000)}_idx=${good.slice(0, -5)}`],
            ['quoted token', `_idx="${good}"`],
        ];
        const printed = await captureConsole(async () => {
            for (const [name, cookie] of hostile) {
                assert.deepEqual(await store.read(cookie), {}, name);
            }
        });
        assert.deepEqual(printed, []);
        // The untouched token still reads, so the table above fails for the right reason.
        assert.equal((await store.read(`_idx=${good}`)).admin, false);
    });
});
//# sourceMappingURL=session.test.js.map