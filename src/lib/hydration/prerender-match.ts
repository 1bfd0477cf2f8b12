import type { Locale } from '../../domain/locale';
import { STORAGE_KEYS } from '../storage/keys';

function namesElement(container: HTMLElement, fragment: string): boolean {
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // Not percent-encoded text: read it as written.
  }
  const element = document.getElementById(id);
  return element !== null && (container.contains(element) || element === container);
}

/**
 * Whether this visit's first render is the page the build prerendered into `container`
 * (`data-prerendered` names its locale): same `locale`, no view params in the address (`lang` and
 * `v` aside), no fragment other than one naming an element of the page (a shared comparison's
 * changes the view), nothing stored that
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
  // A fragment that names an element of the page (a skip link's `#main`) only scrolls to it; any
  // other (a shared comparison's `#c1.…`, edited scores' `#s1.…`) changes the view.
  const fragment = window.location.hash.slice(1);
  if (fragment !== '' && !namesElement(container, fragment)) return false;
  try {
    return Object.entries(STORAGE_KEYS.localStorage).every(
      ([key, changesFirstView]) => !changesFirstView || window.localStorage.getItem(key) === null,
    );
  } catch {
    return true;
  }
}
