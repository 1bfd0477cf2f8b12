import { useCallback, useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY } from '../../../lib/storage/keys';
import { writeLocalValue } from '../../../lib/storage/unkept-writes';
import { applyThemePreference, readThemePreference, type ThemePreference } from '../store/theme-preference';

export { applyThemePreference, readThemePreference, THEME_PREFERENCES } from '../store/theme-preference';
export type { ThemePreference } from '../store/theme-preference';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the theme: follow it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    applyThemePreference(readThemePreference());
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The theme preference and its setter. Setting it applies it at once and remembers it; where
 * storage refuses, it applies for this visit and the page says it was not kept.
 */
export function useThemePreference(): [ThemePreference, (preference: ThemePreference) => void] {
  const preference = useSyncExternalStore(subscribe, readThemePreference, () => 'system' as const);
  const setPreference = useCallback((next: ThemePreference) => {
    // Refused storage still applies the theme for this visit; the page's notice says it is not kept.
    writeLocalValue(THEME_STORAGE_KEY, next);
    applyThemePreference(next);
    listeners.forEach((listener) => listener());
  }, []);
  return [preference, setPreference];
}
