// Where the browser tests find Chromium, and the flags it needs on a machine with no network.
import { existsSync } from 'node:fs';

/** Path of the Chromium binary: $CHROME_PATH if set, else Debian's /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function hasChromium() {
  return existsSync(chromiumPath());
}

/** Flags that keep Chromium from reaching for the network (updates, sync, metrics). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
