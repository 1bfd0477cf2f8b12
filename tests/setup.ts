import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// A warning or error logged during a test is a failure: React, i18next and recharts report real
// problems (missing keys, act() misuse, zero-size charts) only through the console.
const allowed: RegExp[] = [];

/** Lets one test expect a console error it provokes on purpose (e.g. an error boundary test). */
export function allowConsoleError(pattern: RegExp): void {
  allowed.push(pattern);
}

beforeEach(() => {
  allowed.length = 0;
  window.localStorage.clear();
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (allowed.some((pattern) => pattern.test(text))) return;
      throw new Error(`console.${method} during test: ${text}`);
    });
  }
});

afterEach(() => {
  cleanup();
});
