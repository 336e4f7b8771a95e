/**
 * The no-JS form flow on a page whose data is hostile: entries posted through a plain form are
 * listed by an element written the Enhance way (plain template literals in map/join), in text,
 * attributes, a link and a JSON script. In Chromium, with JavaScript off for the flow and on for
 * the check, no entry may run script or add an element.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serve } from '../helpers/app.js';
import { launchBrowser, skipWithoutChromium } from '../helpers/browser.js';

const hostileNames = [
  '<img src=x onerror="window.pwned=1">',
  '"><script>window.pwned=2</script>',
  '</li><li id="forged">forged',
  "');window.pwned=3;('",
];

describe('a hostile guestbook in a real browser', { skip: skipWithoutChromium() }, async () => {
  const app = await serve({
    'app/api/guestbook.mjs': `
      const entries = [];
      export async function get() { return { json: { entries, last: entries.at(-1) ?? '' } } }
      export async function post(req) { entries.push({ name: String(req.body.name), site: String(req.body.site) }); return { location: '/guestbook' } }`,
    'app/elements/guest-book.mjs': `export default function GuestBook({ html, state }) {
      const { entries, last } = state.store
      const items = entries.map((e) => \`<li title="\${e.name}"><a href="\${e.site}">\${e.name}</a></li>\`).join('')
      return html\`<ul id="entries">\${items}</ul>
        <form method="post" action="/guestbook"><input name="name" value="\${last ? last.name : ''}"><input name="site"><button>Sign</button></form>
        <script type="application/json" id="data">\${JSON.stringify(entries)}</script>
        <script>window.lastName = '\${last ? last.name : ''}'</script>\`
    }`,
    'app/pages/guestbook.html': '<guest-book></guest-book>',
  });
  const browser = await launchBrowser();

  it('posts every hostile entry without JavaScript, then shows them all as text', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const form = await noScript.newPage();
    await form.goto(`${app.url}/guestbook`, { timeout: 10_000 });
    for (const name of hostileNames) {
      await form.fill('input[name=name]', name);
      await form.fill('input[name=site]', 'javascript:window.pwned=4');
      await Promise.all([form.waitForURL(`${app.url}/guestbook`, { timeout: 10_000 }), form.click('button')]);
    }
    assert.equal(await form.inputValue('input[name=name]'), hostileNames.at(-1), 'the form is prefilled with the raw value');
    await noScript.close();

    const withScript = await browser.newContext({ javaScriptEnabled: true });
    const page = await withScript.newPage();
    await page.goto(`${app.url}/guestbook`, { timeout: 10_000 });
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned,
      lastName: (window as unknown as { lastName?: string }).lastName,
      items: [...document.querySelectorAll('#entries > li')].map((li) => ({ title: li.getAttribute('title'), text: li.textContent, href: li.querySelector('a')?.getAttribute('href') })),
      images: document.querySelectorAll('img').length,
      forged: document.getElementById('forged') !== null,
      data: JSON.parse(document.getElementById('data')?.textContent ?? 'null') as { name: string }[],
    }));
    assert.equal(seen.pwned, undefined);
    assert.equal(seen.images, 0);
    assert.equal(seen.forged, false);
    assert.deepEqual(seen.items.map((item) => item.text), hostileNames);
    assert.deepEqual(seen.items.map((item) => item.title), hostileNames);
    assert.equal(seen.items.every((item) => item.href === 'about:invalid#uplift-refused-url'), true);
    assert.deepEqual(seen.data.map((entry) => entry.name), hostileNames);
    assert.equal(seen.lastName, hostileNames.at(-1));
    await page.click('#entries a');
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
    await withScript.close();
  });
});
