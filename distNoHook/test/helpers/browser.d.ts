import { type Browser } from 'playwright-core';
/** Debian's chromium; .ci/run installs it. */
export declare const chromiumPath = "/usr/bin/chromium";
/**
 * The `skip` option of a browser suite: skipped with the reason on a machine without the browser,
 * but never in CI (`CI` set), where a missing browser must fail the run instead of hiding it.
 */
export declare function skipWithoutChromium(): string | false;
/**
 * Launches headless Chromium (playwright gives it a fresh temporary profile) with no background
 * networking, since this machine has no network beyond loopback; closed after the test file.
 */
export declare function launchBrowser(): Promise<Browser>;
