/**
 * The example app (`npm start`) in a real browser: its rendered pages get their hoisted, scoped
 * styles and run each element's script once, and its notes form works with JavaScript turned off
 * (add a note, land on it, delete it).
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { startApp } from '../helpers/app.js';
import type { Browser } from 'playwright-core';
import { launchBrowser, skipWithoutChromium } from '../helpers/browser.js';

/** The checkout's example app; tests run from dist/test. */
const exampleRoot = resolve(import.meta.dirname, '..', '..', '..', 'example');

// Each test, not the suite, is skipped without a browser, so the summary counts them as skipped.
const skip = skipWithoutChromium();

describe('the example app in a real browser', async () => {
  const server = await startApp(exampleRoot);
  // Skipped tests never touch it.
  const browser = (skip ? undefined : await launchBrowser()) as Browser;

  it('renders /notes with hoisted, scoped styles and the form script run once', { skip }, async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/notes`, { timeout: 10_000 });
    assert.equal(await page.getAttribute('site-header', 'enhanced'), '✨');
    assert.equal(await page.$eval('site-header', (el) => getComputedStyle(el).backgroundColor), 'rgb(17, 34, 51)');
    assert.equal(await page.$eval('site-header a', (el) => getComputedStyle(el).color), 'rgb(255, 255, 255)');
    assert.equal(await page.$eval('note-form form', (el) => getComputedStyle(el).display), 'grid');
    // Scoped: the page's own links outside <site-header> keep the browser's colour.
    assert.notEqual(await page.$eval('note-list a', (el) => getComputedStyle(el).color), 'rgb(255, 255, 255)');
    assert.equal(await page.locator('body style').count(), 0);
    assert.equal(await page.locator('body > script').count(), 1);
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'title', null, { timeout: 5000 });
    await page.close();
  });

  it('adds and deletes a note with JavaScript disabled', { skip }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/notes`, { timeout: 10_000 });
    assert.deepEqual(await page.locator('note-list li').allTextContents(), ['Try Uplift']);
    await page.fill('input[name=title]', 'Buy <milk> & "eggs"');
    await page.fill('textarea[name=body]', 'Two litres');
    await Promise.all([page.waitForURL(/\/notes\/\d+$/, { timeout: 10_000 }), page.click('note-form button')]);
    // The title is data: it comes back as text, not as markup.
    assert.equal(await page.textContent('note-detail h1'), 'Buy <milk> & "eggs"');
    assert.equal(await page.textContent('note-detail p'), 'Two litres');
    await Promise.all([page.waitForURL(`${server.url}/notes`, { timeout: 10_000 }), page.click('note-detail button')]);
    assert.deepEqual(await page.locator('note-list li').allTextContents(), ['Try Uplift']);
    await context.close();
  });
});
