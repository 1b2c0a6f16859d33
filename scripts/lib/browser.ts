import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a headless, offline-friendly Chromium that never phones home (this machine has no internet). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The Chromium to drive: CHROME_PATH if set, else a system Chromium or Chrome, else the one `npm ci` installs
 * (@sparticuz/chromium). Never skips: with no browser it fails and says how to provide one.
 */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const bundled = (await import('@sparticuz/chromium')).default;
    return await bundled.executablePath();
  } catch (error) {
    throw new Error(
      'No Chromium found for the browser tests. Set CHROME_PATH to a Chromium or Chrome binary, install one ' +
        '(Debian/Ubuntu: sudo apt-get install chromium), or run `npm ci` so that @sparticuz/chromium is installed ' +
        `(it also needs the system libraries libnss3, libnspr4 and libexpat1). Cause: ${String(error)}`,
      { cause: error },
    );
  }
}

/** Launch the browser the tests use. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
