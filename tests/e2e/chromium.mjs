// Where the browser tests find Chromium, and the flags it needs on a machine with no network.
import { spawn } from 'node:child_process';
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

/**
 * Serves a built site with `vite preview` on 127.0.0.1:`port` (`config`: a Vite config file, or
 * the project's own) and resolves once it answers. Returns its base URL and a `stop` function.
 */
export async function startPreview(port, config) {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      ...(config ? ['--config', config] : []),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(base);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { base, stop: () => server.kill() };
}
