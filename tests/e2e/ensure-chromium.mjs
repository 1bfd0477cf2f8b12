// Makes sure the browser tests have a Chromium: $CHROME_PATH, else Debian's /usr/bin/chromium.
// On a Debian machine run as root it installs Debian's package; anywhere else it stops with a
// one-line instruction. It never skips the browser tests silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, hasChromium } from './chromium.mjs';

if (hasChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

if (isRoot && isDebian && !process.env.CHROME_PATH) {
  console.log("Chromium not found: installing Debian's chromium package for the browser tests…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (hasChromium()) process.exit(0);
}

console.error(
  `Browser tests need Chromium at ${chromiumPath()}: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.`,
);
process.exit(1);
