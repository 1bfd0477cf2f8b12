import { useCallback, useSyncExternalStore } from 'react';

/** What the reader chose: a fixed theme, or follow the operating system. */
export type ThemePreference = 'light' | 'dark' | 'system';
export const THEME_PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];

/** localStorage key of the theme preference. */
export const THEME_STORAGE_KEY = 'route-atlas.theme';

const listeners = new Set<() => void>();

/**
 * The stored preference, or `system` when nothing valid is stored (a hand-edited or corrupt value
 * is ignored rather than trusted) or storage is unavailable.
 */
export function readThemePreference(): ThemePreference {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return THEME_PREFERENCES.find((preference) => preference === stored) ?? 'system';
  } catch {
    return 'system';
  }
}

/** Writes the preference to `<html data-theme>`; `system` removes it so CSS follows the OS. */
export function applyThemePreference(preference: ThemePreference): void {
  const root = document.documentElement;
  if (preference === 'system') delete root.dataset.theme;
  else root.dataset.theme = preference;
}

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
 * The theme preference and its setter. Setting it applies it at once and remembers it (when
 * storage is available).
 */
export function useThemePreference(): [ThemePreference, (preference: ThemePreference) => void] {
  const preference = useSyncExternalStore(subscribe, readThemePreference, () => 'system' as const);
  const setPreference = useCallback((next: ThemePreference) => {
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Applied for this visit only.
    }
    applyThemePreference(next);
    listeners.forEach((listener) => listener());
  }, []);
  return [preference, setPreference];
}
