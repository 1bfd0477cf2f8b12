import { describe, expect, it } from 'vitest';
import { LANGUAGE_COOKIE as SERVER_LANGUAGE_COOKIE } from '../../../domain/locale';
import { LANGUAGE_COOKIE, STORAGE_KEYS } from '../keys';

describe('storage keys', () => {
  it('name the language cookie as the servers and the service worker read it', () => {
    expect(LANGUAGE_COOKIE).toBe(SERVER_LANGUAGE_COOKIE);
  });

  it('flag the stored column choice and edited scores as changing the first view, and nothing else', () => {
    const changing = Object.values(STORAGE_KEYS).flatMap((keys) =>
      Object.entries(keys).flatMap(([key, changesFirstView]) => (changesFirstView ? [key] : [])),
    );
    expect(changing).toEqual(['route-atlas.columns', 'route-atlas.score-overrides']);
    expect(Object.keys(STORAGE_KEYS.localStorage)).toEqual([
      'route-atlas.lang',
      'route-atlas.theme',
      'route-atlas.columns',
      'route-atlas.score-overrides',
    ]);
  });
});
