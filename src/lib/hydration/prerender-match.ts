import type { Locale } from '../../domain/locale';
import { STORAGE_KEYS } from '../storage/keys';

/**
 * Whether this visit's first render is the page the build prerendered into `container`
 * (`data-prerendered` names its locale): same `locale`, no view params in the address (`lang` and
 * `v` aside), no fragment (a shared comparison or an embed changes the view), nothing stored that
 * changes the first view (see `STORAGE_KEYS`). Only then can the HTML be hydrated as it is, and
 * can the page wait for the reader before it loads its script (`main.tsx`); otherwise it is
 * rendered afresh at once.
 *
 * Storage that cannot be read (turned off) counts as empty: the page then stores nothing either.
 */
export function matchesPrerender(container: HTMLElement, locale: Locale): boolean {
  if (container.dataset.prerendered !== locale) return false;
  const params = [...new URLSearchParams(window.location.search).keys()];
  if (params.some((key) => key !== 'lang' && key !== 'v')) return false;
  if (window.location.hash.length > 1) return false;
  try {
    return Object.entries(STORAGE_KEYS.localStorage).every(
      ([key, changesFirstView]) => !changesFirstView || window.localStorage.getItem(key) === null,
    );
  } catch {
    return true;
  }
}
