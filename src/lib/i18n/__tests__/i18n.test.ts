import { describe, expect, it } from 'vitest';
import firstViewEn from '../../../locales/en.json';
import firstViewZh from '../../../locales/zh.json';
import { addOnDemandStrings, changeLocale, createI18n, followDocumentInPage, setLanguage, syncDocument } from '../i18n';
import { bundledStrings } from '../bundled-strings';
import { LANGUAGE_STORAGE_KEY } from '../../storage/keys';

// The strings of the parts that load on demand (src/locales/on-demand/<part>.<locale>.json), by locale.
const onDemandFiles = import.meta.glob<Record<string, unknown>>('../../../locales/on-demand/*.json', {
  eager: true,
  import: 'default',
});
const onDemand = (locale: 'en' | 'zh') =>
  Object.entries(onDemandFiles)
    .filter(([file]) => file.endsWith(`.${locale}.json`))
    .map(([, strings]) => strings);
// Each language as a reader finally has it: the first view's strings and every part's.
const en = Object.assign({}, firstViewEn, ...onDemand('en')) as Record<string, unknown>;
const zh = Object.assign({}, firstViewZh, ...onDemand('zh')) as Record<string, unknown>;

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
  // Plural forms differ by language (English has "one", Chinese only "other"), so keys are compared
  // without their plural suffix, and each language must have every form its plural rules use.
  const PLURAL = /_(ordinal_)?(zero|one|two|few|many|other)$/;
  const baseKeys = (bundle: unknown) => [...new Set(keysOf(bundle).map((key) => key.replace(PLURAL, '')))].sort();

  it('have exactly the same keys, apart from plural forms', () => {
    expect(baseKeys(zh)).toEqual(baseKeys(en));
  });

  it('give each part that loads on demand a top-level key of its own, in both languages', () => {
    const parts = onDemand('en').flatMap((strings) => Object.keys(strings));
    expect(parts.length).toBeGreaterThan(0);
    for (const key of parts) expect(Object.keys(firstViewEn)).not.toContain(key);
    expect(onDemand('zh').flatMap((strings) => Object.keys(strings))).toEqual(parts);
  });

  it('reach an instance made before the part loaded, and one made after', () => {
    const before = createI18n({ lng: 'zh', strings: bundledStrings });
    const strings = { en: { partUnderTest: { hello: 'Hello' } }, zh: { partUnderTest: { hello: '你好' } } };
    addOnDemandStrings(strings);
    const after = createI18n({ lng: 'en', strings: bundledStrings });
    expect((before.t as (key: string) => string)('partUnderTest.hello')).toBe('你好');
    expect((after.t as (key: string) => string)('partUnderTest.hello')).toBe('Hello');
  });

  it.each([
    ['en', en],
    ['zh', zh],
  ] as const)('%s has every plural form its language needs', (language, bundle) => {
    const keys = keysOf(bundle);
    const missing: string[] = [];
    for (const key of keys) {
      const match = PLURAL.exec(key);
      if (!match) continue;
      const base = key.replace(PLURAL, '');
      const ordinal = match[1] !== undefined;
      const categories = new Intl.PluralRules(language, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions()
        .pluralCategories;
      for (const category of categories) {
        const wanted = `${base}_${ordinal ? 'ordinal_' : ''}${category}`;
        if (!keys.includes(wanted) && !missing.includes(wanted)) missing.push(wanted);
      }
    }
    expect(missing).toEqual([]);
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
      expect(createI18n({ strings: bundledStrings }).resolvedLanguage).toBe(expected);
    });
  });

  it('prefers a remembered choice over the browser', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh');
    withNavigatorLanguages(['en-US'], () => {
      expect(createI18n({ strings: bundledStrings }).resolvedLanguage).toBe('zh');
    });
  });

  it('lets ?lang= in the URL override the remembered choice', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    window.history.replaceState(null, '', '/?lang=zh');
    try {
      expect(createI18n({ strings: bundledStrings }).resolvedLanguage).toBe('zh');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it.each(['?lang=cimode', '?lang=CIMODE', '?lang=dev'])('never shows raw keys for %s', (search) => {
    window.history.replaceState(null, '', `/${search}`);
    try {
      withNavigatorLanguages(['en-US'], () => {
        const i18n = createI18n({ strings: bundledStrings });
        expect(i18n.resolvedLanguage).toBe('en');
        expect(i18n.t('app.name')).toBe('Route Atlas');
      });
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  describe('on a prerendered page', () => {
    // The build marks the page's language on #root (`data-prerendered`), as index.zh.html carries it.
    function onPrerenderedPage(locale: string, run: () => void): void {
      const root = document.createElement('div');
      root.id = 'root';
      root.dataset.prerendered = locale;
      document.body.append(root);
      try {
        run();
      } finally {
        root.remove();
      }
    }

    it('follows the page, not the browser, when the reader chose nothing', () => {
      onPrerenderedPage('zh', () => {
        withNavigatorLanguages(['en-US', 'en'], () => {
          expect(createI18n({ strings: bundledStrings }).resolvedLanguage).toBe('zh');
        });
      });
      onPrerenderedPage('en', () => {
        withNavigatorLanguages(['zh-CN'], () => {
          expect(createI18n({ strings: bundledStrings }).resolvedLanguage).toBe('en');
        });
      });
    });

    it('follows a remembered choice over the page', () => {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
      onPrerenderedPage('zh', () => {
        expect(createI18n({ strings: bundledStrings }).resolvedLanguage).toBe('en');
      });
    });

    it('follows the language cookie over the page', () => {
      document.cookie = 'route-atlas.lang=en; path=/';
      try {
        onPrerenderedPage('zh', () => {
          expect(createI18n({ strings: bundledStrings }).resolvedLanguage).toBe('en');
        });
      } finally {
        document.cookie = 'route-atlas.lang=; path=/; max-age=0';
      }
    });

    it('follows ?lang= over the page', () => {
      window.history.replaceState(null, '', '/?lang=en');
      try {
        onPrerenderedPage('zh', () => {
          expect(createI18n({ strings: bundledStrings }).resolvedLanguage).toBe('en');
        });
      } finally {
        window.history.replaceState(null, '', '/');
      }
    });

    it('ignores a marker that names no shipped locale', () => {
      onPrerenderedPage('fr', () => {
        withNavigatorLanguages(['zh-CN'], () => {
          expect(createI18n({ strings: bundledStrings }).resolvedLanguage).toBe('zh');
        });
      });
    });
  });

  it('ignores a corrupt remembered value', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    withNavigatorLanguages(['zh-CN'], () => {
      expect(createI18n({ strings: bundledStrings }).resolvedLanguage).toBe('zh');
    });
  });
});

describe('changeLocale', () => {
  it('loads the strings of a language the page was not opened in, then switches', async () => {
    const i18n = createI18n({ lng: 'en', strings: { en: bundledStrings.en } });
    expect(i18n.t('app.name')).toBe('Route Atlas');
    await changeLocale(i18n, 'zh');
    expect(i18n.resolvedLanguage).toBe('zh');
    expect(i18n.t('app.name')).toBe('路线图鉴');
  });

  it('ends in the last language asked for when switches overlap a load', async () => {
    const i18n = createI18n({ lng: 'en', strings: { en: bundledStrings.en } });
    const toChinese = changeLocale(i18n, 'zh');
    const backToEnglish = changeLocale(i18n, 'en');
    await Promise.all([toChinese, backToEnglish]);
    expect(i18n.resolvedLanguage).toBe('en');
  });
});

describe('setLanguage', () => {
  it('writes <html lang>, the document title and remembers the choice', async () => {
    const i18n = createI18n({ lng: 'en', strings: bundledStrings });
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Route Atlas · Three major AI trends of 2024');
    await setLanguage(i18n, 'zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('路线图鉴 · 2024 年人工智能三大趋势');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');
  });

  it('leaves <html lang> and the title to a page that follows the document, until it lets go', async () => {
    const i18n = createI18n({ lng: 'en', strings: bundledStrings });
    const letGo = followDocumentInPage(i18n);
    await setLanguage(i18n, 'zh');
    expect(i18n.resolvedLanguage).toBe('zh');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Route Atlas · Three major AI trends of 2024');
    syncDocument(i18n);
    expect(document.documentElement.lang).toBe('zh-CN');
    letGo();
    await setLanguage(i18n, 'en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Route Atlas · Three major AI trends of 2024');
  });
});
