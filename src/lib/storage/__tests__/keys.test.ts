import { describe, expect, it } from 'vitest';
import { LANGUAGE_COOKIE as SERVER_LANGUAGE_COOKIE } from '../../../domain/locale';
import { LANGUAGE_COOKIE, STORAGE_KEYS } from '../keys';

describe('storage keys', () => {
  it('name the language cookie as the servers and the service worker read it', () => {
    expect(LANGUAGE_COOKIE).toBe(SERVER_LANGUAGE_COOKIE);
  });

  it('list each key once, and only localStorage keys as changing the first view', () => {
    const names = STORAGE_KEYS.map((entry) => `${entry.store}:${entry.key}`);
    expect(new Set(names).size).toBe(names.length);
    expect(STORAGE_KEYS.filter((entry) => entry.changesFirstView).map((entry) => entry.key)).toEqual([
      'route-atlas.columns',
      'route-atlas.score-overrides',
    ]);
  });
});
