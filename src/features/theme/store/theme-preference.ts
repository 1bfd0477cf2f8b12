// No React here: the page's first module applies the stored theme before anything else loads.
import { THEME_STORAGE_KEY } from '../../../lib/storage/keys';

/** What the reader chose: a fixed theme, or follow the operating system. */
export type ThemePreference = 'light' | 'dark' | 'system';
export const THEME_PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];

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

/**
 * Shows `preference` pressed in the prerendered theme switch (each option is the button holding
 * `.theme-icon--<preference>`), before the page's script runs: the prerender cannot know the
 * stored choice and shows "System" pressed, and a page that waits for its reader keeps that HTML
 * until they act. The live switch, hydrated later, renders the same.
 */
export function markThemeChoice(preference: ThemePreference): void {
  for (const choice of THEME_PREFERENCES) {
    const button = document.querySelector(`#root .theme-icon--${choice}`)?.closest('button');
    button?.setAttribute('aria-pressed', String(choice === preference));
  }
}
