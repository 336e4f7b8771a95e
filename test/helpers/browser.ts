import { existsSync } from 'node:fs';
import { after } from 'node:test';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium; .ci/run installs it. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * The `skip` option of a browser suite: skipped with the reason on a machine without the browser,
 * but never in CI (`CI` set), where a missing browser must fail the run instead of hiding it.
 */
export function skipWithoutChromium(): string | false {
  if (existsSync(chromiumPath) || process.env['CI']) return false;
  return 'chromium is not installed (apt-get install -y chromium)';
}

/** The process's one Chromium, launched by the first suite that asks for it. */
let shared: Promise<Browser> | undefined;

// Registered while this module loads, outside any test, so it runs once every test file of the
// process has finished: the browser test files share one process (scripts/test.mjs).
after(async () => {
  const browser = await shared?.catch(() => undefined);
  await browser?.close();
});

/**
 * Headless Chromium (playwright gives it a fresh temporary profile) with no background
 * networking, since this machine has no network beyond loopback. One browser serves every suite
 * of the process, since a launch costs ~2 s of CPU; suites stay apart because each page they open
 * comes with its own browser context (cookies, storage, cache). Closed after the last test.
 */
export function launchBrowser(): Promise<Browser> {
  shared ??= chromium.launch({
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
  const launched = shared;
  // node:test files a hook or test registered after an `await` under the suite whose async work
  // settled the awaited promise. Awaiting the shared launch itself would file a second suite's
  // tests under the first one; a promise made here, in the caller's context, keeps them its own.
  return new Promise((resolve, reject) => {
    launched.then(resolve, reject);
  });
}
