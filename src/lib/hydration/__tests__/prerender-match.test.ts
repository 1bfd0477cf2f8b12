import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLUMN_VISIBILITY_KEY, THEME_STORAGE_KEY } from '../../storage/keys';
import { matchesPrerender } from '../prerender-match';

describe('matchesPrerender', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML =
      '<div id="root" data-prerendered="en"><main id="main"><h2 id="routes">Routes</h2></main></div>';
    root = document.getElementById('root') as HTMLElement;
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    window.localStorage.clear();
  });
  const at = (address: string) => window.history.replaceState(null, '', address);

  it('holds for the page as sent, in its language, with `lang` and `v` in the address', () => {
    at('/?lang=en&v=1');
    expect(matchesPrerender(root, 'en')).toBe(true);
    expect(matchesPrerender(root, 'zh')).toBe(false);
  });

  it('holds for a fragment naming an element of the page (a skip link), not for a shared one', () => {
    at('/#main');
    expect(matchesPrerender(root, 'en')).toBe(true);
    at('/#routes');
    expect(matchesPrerender(root, 'en')).toBe(true);
    at('/#c1.eJyrVkrLz1eyUkpKLFKqBQAd8gRH');
    expect(matchesPrerender(root, 'en')).toBe(false);
    at('/#s1.abc');
    expect(matchesPrerender(root, 'en')).toBe(false);
    at('/#%E0%A4%A');
    expect(matchesPrerender(root, 'en')).toBe(false);
  });

  it('fails for a view in the address or a stored choice that changes the table, not for a stored theme', () => {
    at('/?view=decide');
    expect(matchesPrerender(root, 'en')).toBe(false);
    at('/');
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    expect(matchesPrerender(root, 'en')).toBe(true);
    window.localStorage.setItem(COLUMN_VISIBILITY_KEY, '{"tags":false}');
    expect(matchesPrerender(root, 'en')).toBe(false);
  });
});
