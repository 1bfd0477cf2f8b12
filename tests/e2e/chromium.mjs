// Where the browser tests find Chromium, and the flags it needs on a machine with no network.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

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

/** A TCP port on 127.0.0.1 that was free a moment ago, so parallel checkouts do not collide. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

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
    // Its own process group: npx runs vite as a grandchild, which killing npx alone leaves serving.
    { stdio: 'ignore', detached: true },
  );
  let exited = false;
  server.once('exit', () => (exited = true));
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  };
  // Detached, the server outlives a crash or Ctrl-C of this script unless stopped here.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
  const base = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; ; attempt++) {
    // A server that quit (port taken: --strictPort) must not pass for whatever answers on that port.
    if (exited || attempt === 150) {
      stop();
      throw new Error(`vite preview did not start on port ${port}`);
    }
    try {
      await fetch(base);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { base, stop };
}
