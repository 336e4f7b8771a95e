import { existsSync } from 'node:fs';
import { after } from 'node:test';
import { chromium } from 'playwright-core';
/** Debian's chromium; .ci/run installs it. */
export const chromiumPath = '/usr/bin/chromium';
/**
 * The `skip` option of a browser suite: skipped with the reason on a machine without the browser,
 * but never in CI (`CI` set), where a missing browser must fail the run instead of hiding it.
 */
export function skipWithoutChromium() {
    if (existsSync(chromiumPath) || process.env['CI'])
        return false;
    return 'chromium is not installed (apt-get install -y chromium)';
}
/**
 * Launches headless Chromium (playwright gives it a fresh temporary profile) with no background
 * networking, since this machine has no network beyond loopback; closed after the test file.
 */
export async function launchBrowser() {
    const browser = await chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        timeout: 30_000,
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
    after(() => browser.close());
    return browser;
}
//# sourceMappingURL=browser.js.map