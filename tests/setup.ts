import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB; "My routes" is stored there (idb-keyval).
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { clearMyRoutes } from '../src/features/my-editions/store/my-routes-store';
import { loadStoredValueSchemas } from '../src/lib/storage/stored-json';
import { resetUnkeptWrites } from '../src/lib/storage/unkept-writes';
import { isAllowedConsoleMessage, resetConsoleAllowances } from './utils/console-guard';

// jsdom has no ResizeObserver; Radix's slider measures its thumb with one. Nothing is laid out in
// jsdom, so an observer that never fires is what a browser would report here anyway.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Collected, not thrown: React calls console.error from places that swallow a throw (its
// missing-key warning among them), so the failure is raised after the test instead.
const unexpected: string[] = [];

// Tests store values as they go: every stored value's check is at hand, as boot makes it for the page.
beforeAll(() => loadStoredValueSchemas('all'));

beforeEach(() => {
  resetConsoleAllowances();
  unexpected.length = 0;
  window.localStorage.clear();
  // What the page said about storage refusals belongs to one visit: each test is a new one.
  resetUnkeptWrites();
  // The language choice is also a cookie (for the server's prerendered page): start without it.
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; path=/; max-age=0`;
  }
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!isAllowedConsoleMessage(text)) unexpected.push(`console.${method}: ${text}`);
    });
  }
});

afterEach(async () => {
  cleanup();
  await clearMyRoutes();
  if (unexpected.length > 0) throw new Error(`Unexpected console output during the test:\n${unexpected.join('\n')}`);
});
