import { describe, expect, it } from 'vitest';
import en from '../../../src/locales/en.json';
import zh from '../../../src/locales/zh.json';
import { createI18n, LANGUAGE_STORAGE_KEY, setLanguage } from '../../../src/lib/i18n';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function withNavigatorLanguages(languages: string[], run: () => void): void {
  const descriptor = Object.getOwnPropertyDescriptor(window.navigator, 'languages');
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });
  try {
    run();
  } finally {
    if (descriptor) Object.defineProperty(window.navigator, 'languages', descriptor);
    else delete (window.navigator as unknown as Record<string, unknown>).languages;
  }
}

describe('locales', () => {
  it('have exactly the same keys', () => {
    expect(keysOf(zh).sort()).toEqual(keysOf(en).sort());
  });

  it('have no empty strings', () => {
    const empty = (bundle: unknown) =>
      keysOf(bundle).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(en)).toEqual([]);
    expect(empty(zh)).toEqual([]);
  });
});

describe('language detection', () => {
  it.each([
    [['zh-CN'], 'zh'],
    [['zh-TW', 'en'], 'zh'],
    [['zh-Hant'], 'zh'],
    [['zh'], 'zh'],
    [['fr-FR'], 'en'],
    [['en-GB'], 'en'],
    [['de-DE', 'zh-CN'], 'zh'],
  ])('browser languages %j resolve to %s', (languages, expected) => {
    withNavigatorLanguages(languages, () => {
      expect(createI18n().resolvedLanguage).toBe(expected);
    });
  });

  it('prefers a remembered choice over the browser', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh');
    withNavigatorLanguages(['en-US'], () => {
      expect(createI18n().resolvedLanguage).toBe('zh');
    });
  });

  it('lets ?lang= in the URL override the remembered choice', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    window.history.replaceState(null, '', '/?lang=zh');
    try {
      expect(createI18n().resolvedLanguage).toBe('zh');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it.each(['?lang=cimode', '?lang=CIMODE', '?lang=dev'])('never shows raw keys for %s', (search) => {
    window.history.replaceState(null, '', `/${search}`);
    try {
      withNavigatorLanguages(['en-US'], () => {
        const i18n = createI18n();
        expect(i18n.resolvedLanguage).toBe('en');
        expect(i18n.t('app.name')).toBe('Route Atlas');
      });
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('ignores a corrupt remembered value', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    withNavigatorLanguages(['zh-CN'], () => {
      expect(createI18n().resolvedLanguage).toBe('zh');
    });
  });
});

describe('setLanguage', () => {
  it('writes <html lang>, the document title and remembers the choice', async () => {
    const i18n = createI18n({ lng: 'en' });
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Route Atlas · Three major AI trends of 2024');
    await setLanguage(i18n, 'zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('路线图鉴 · 2024 年人工智能三大趋势');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');
  });

  it('drops ?lang= from the address so the choice holds on reload', async () => {
    window.history.replaceState(null, '', '/?lang=en&x=1#routes');
    const i18n = createI18n();
    await setLanguage(i18n, 'zh');
    expect(window.location.search).toBe('?x=1');
    expect(window.location.hash).toBe('#routes');
    expect(createI18n().resolvedLanguage).toBe('zh');
    window.history.replaceState(null, '', '/');
  });
});
