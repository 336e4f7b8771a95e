import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { negotiateCoding } from '../../src/http/accept-encoding.js';
import { candidateKeys, toPublicKey } from '../../src/static/public-path.js';
import { rewriteCssUrls } from '../../src/static/rewrite-css-urls.js';
import { createPublicRewriter, fingerprintKey } from '../../src/static/fingerprint.js';
const megabyte = 1024 * 1024;
describe('negotiateCoding', () => {
    it('picks the highest q-value, br first on a tie, * for the rest, q=0 as a refusal', () => {
        const both = ['br', 'gzip'];
        assert.equal(negotiateCoding('gzip, deflate, br', both), 'br');
        assert.equal(negotiateCoding('gzip;q=0.8, br;q=0.7', both), 'gzip');
        assert.equal(negotiateCoding('BR;Q=0.9, GZIP;q=1.0', both), 'gzip');
        assert.equal(negotiateCoding('x-gzip', both), 'gzip');
        assert.equal(negotiateCoding('*;q=0.1', ['gzip']), 'gzip');
        assert.equal(negotiateCoding('br;q=0, *', both), 'gzip');
        assert.equal(negotiateCoding('br;q=abc', both), null);
        assert.equal(negotiateCoding('br;q=2', both), null);
        assert.equal(negotiateCoding('identity;q=1, *;q=0', both), null);
        assert.equal(negotiateCoding(undefined, both), null);
        assert.equal(negotiateCoding('br', []), null);
    });
    it('reads a megabyte of hostile header in one pass', () => {
        assert.equal(negotiateCoding(';q='.repeat(megabyte / 3), ['br']), null);
        assert.equal(negotiateCoding(',,'.repeat(megabyte / 2) + 'gzip', ['br', 'gzip']), 'gzip');
    });
});
describe('toPublicKey', () => {
    it('decodes once and keeps ordinary names', () => {
        assert.deepEqual(toPublicKey('styles/app.css'), { key: 'styles/app.css' });
        assert.deepEqual(toPublicKey('caf%C3%A9%20menu.pdf'), { key: 'café menu.pdf' });
        assert.deepEqual(toPublicKey(''), { key: 'index.html' });
        assert.deepEqual(candidateKeys('docs'), ['docs', 'docs/index.html']);
        assert.deepEqual(candidateKeys('docs/'), ['docs/index.html']);
        assert.deepEqual(candidateKeys('a.css'), ['a.css']);
    });
    it('refuses a megabyte of the worst characters in linear time', () => {
        for (const unit of ['%2e', '%25', '%5c', '%c0%ae', '/.', '%00', 'a/']) {
            const result = toPublicKey(unit.repeat(Math.ceil(megabyte / unit.length)));
            assert.ok('status' in result || 'key' in result, unit);
            if ('status' in result)
                assert.ok(result.status === 400 || result.status === 404, unit);
        }
    });
});
describe('fingerprint names and URL rewriting', () => {
    const map = new Map([['styles/app.css', fingerprintKey('styles/app.css', 'abcdef0123456789')], ['icon.svg', fingerprintKey('icon.svg', '0123456789ab')], ['LICENSE', fingerprintKey('LICENSE', 'ffffffffffff')]]);
    const rewriter = createPublicRewriter(map);
    it('puts the hash before the last extension', () => {
        assert.equal(map.get('styles/app.css'), 'styles/app-abcdef0123.css');
        assert.equal(map.get('LICENSE'), 'LICENSE-ffffffffff');
        assert.equal(fingerprintKey('a.min.js', '1234567890ab'), 'a.min-1234567890.js');
    });
    it('rewrites exact keys only, keeping query, fragment and srcset descriptors', () => {
        assert.equal(rewriter.url('/_public/styles/app.css?v=2#x'), '/_public/styles/app-abcdef0123.css?v=2#x');
        assert.equal(rewriter.url('/_public/styles/app.cssx'), '/_public/styles/app.cssx');
        assert.equal(rewriter.url('/_public/Styles/app.css'), '/_public/Styles/app.css');
        assert.equal(rewriter.url('https://cdn.example/_public/styles/app.css'), 'https://cdn.example/_public/styles/app.css');
        assert.equal(rewriter.url('/_public/%E0%A4%A'), '/_public/%E0%A4%A');
        assert.equal(rewriter.srcset('/_public/icon.svg 1x,  /_public/styles/app.css 2x, /x.png 3x'), '/_public/icon-0123456789.svg 1x,  /_public/styles/app-abcdef0123.css 2x, /x.png 3x');
    });
    it('rewrites url() in CSS, skipping comments and strings, in linear time', () => {
        assert.equal(rewriteCssUrls('a{b:url(/_public/icon.svg)} c{d:URL( "/_public/icon.svg" )} /* url(/_public/icon.svg) */ e{content:"url(/_public/icon.svg)"} f{g:myurl(/_public/icon.svg)}', rewriter.url), 'a{b:url(/_public/icon-0123456789.svg)} c{d:URL( "/_public/icon-0123456789.svg" )} /* url(/_public/icon.svg) */ e{content:"url(/_public/icon.svg)"} f{g:myurl(/_public/icon.svg)}');
        for (const unit of ['url(', 'url("', '/*', '"', 'url(/_public/icon.svg)']) {
            const css = unit.repeat(Math.ceil(megabyte / unit.length));
            assert.ok(rewriteCssUrls(css, rewriter.url).length >= css.length, unit);
        }
    });
});
//# sourceMappingURL=static-parsers.test.js.map