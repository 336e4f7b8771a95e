/**
 * An element's output ends at the element, as on Enhance, which parses each element's output on its
 * own: an end tag in it that closes nothing is dropped, and an element it leaves open is closed at
 * its end, so the page after it is not taken in. Over HTTP, on one temporary app served by Uplift
 * and by the real Enhance runtime, compared as parse5 DOM.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serveWithEnhance } from '../helpers/enhance-server.js';
import { startApp, tmpApp } from '../helpers/app.js';
import { normaliseHtml } from '../realworld/normalise.js';
import { attr, pageElements } from '../helpers/dom-tree.js';

const files = {
  // As @enhance/form-elements' link-element is written: the <a> is "closed" with </div>.
  'app/elements/link-el.mjs': 'export default function LinkEl({ html, state }) { return html`<a href="${state.attrs.href}">\n  <slot></slot>\n</div>\n` }',
  'app/elements/open-note.html': '<aside><p>note',
  // Markup split across the pieces of one element's output still composes.
  'app/elements/split-box.mjs': 'export default function SplitBox({ html }) { const start = `<div class="wrap">`; const end = `</div>`; return html`${start}<span>inside</span>${end}` }',
  'app/pages/index.html':
    '<div class="outer"><link-el href="/x">Go</link-el><p class="after">after</p><open-note></open-note><span class="next">next</span><split-box></split-box><b>last</b></div>',
};

/** The tag names of the children of the element with `class`, in order. */
function childTags(html: string, className: string): string[] | undefined {
  const element = pageElements(html).find((el) => attr(el, 'class') === className);
  return element?.childNodes?.flatMap((child) => (child.tagName !== undefined ? [child.tagName] : []));
}

describe("an element's unbalanced markup stays inside the element", async () => {
  const root = await tmpApp(files);
  const [uplift, enhanceUrl] = await Promise.all([startApp(root), serveWithEnhance(root)]);
  const [ours, theirs] = await Promise.all([fetch(`${uplift.url}/`).then((r) => r.text()), fetch(`${enhanceUrl}/`).then((r) => r.text())]);

  it('keeps what follows each element a sibling of the element', () => {
    assert.deepEqual(childTags(ours, 'outer'), ['link-el', 'p', 'open-note', 'span', 'split-box', 'b']);
    assert.deepEqual(childTags(ours, 'wrap'), ['span']);
    assert.doesNotMatch(ours, /<\/slot>\s*<\/div>/, 'the stray </div> is dropped');
  });

  it('gives the same DOM as Enhance', () => {
    assert.deepEqual(normaliseHtml(ours), normaliseHtml(theirs));
  });
});
