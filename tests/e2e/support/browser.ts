// Debian's Chromium driven by playwright-core: no browser download needed.
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is: Debian's /usr/bin/chromium, or CHROMIUM_PATH. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium from /usr/bin/chromium (override with CHROMIUM_PATH). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
