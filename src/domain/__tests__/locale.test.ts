import { describe, expect, it } from 'vitest';
import { acceptedLanguages, chooseLocale, cookieValue, negotiateLocale } from '../locale';

describe('negotiateLocale', () => {
  it('follows ?lang= over everything else', () => {
    expect(negotiateLocale({ query: 'lang=zh', cookie: 'route-atlas.lang=en', acceptLanguage: 'en' })).toBe('zh');
    expect(negotiateLocale({ query: 'v=1&lang=EN', acceptLanguage: 'zh-CN' })).toBe('en');
  });

  it('then the remembered choice, then the browser languages by q', () => {
    expect(negotiateLocale({ query: '', cookie: 'a=1; route-atlas.lang=zh', acceptLanguage: 'en-US' })).toBe('zh');
    expect(negotiateLocale({ query: '', acceptLanguage: 'fr-FR,zh-TW;q=0.8,en;q=0.5' })).toBe('zh');
    expect(negotiateLocale({ query: '', acceptLanguage: 'zh;q=0.3, en-GB;q=0.9' })).toBe('en');
  });

  it('takes the last of repeated lang params, as the client does', () => {
    expect(negotiateLocale({ query: 'lang=en&lang=zh' })).toBe('zh');
    expect(negotiateLocale({ query: 'lang=zh&lang=en' })).toBe('en');
  });

  it('ignores a cookie that cannot be decoded', () => {
    expect(negotiateLocale({ query: '', cookie: 'route-atlas.lang=%zz', acceptLanguage: 'zh-CN' })).toBe('zh');
  });

  it('skips values that name no shipped locale, and falls back to English', () => {
    expect(negotiateLocale({ query: 'lang=klingon', cookie: 'route-atlas.lang=cimode', acceptLanguage: 'de' })).toBe(
      'en',
    );
    expect(negotiateLocale({ query: '' })).toBe('en');
  });
});

describe('chooseLocale', () => {
  it('follows the page already sent over the browser, and a choice over the page', () => {
    expect(chooseLocale({ page: 'zh', browser: ['en-US', 'en'] })).toBe('zh');
    expect(chooseLocale({ page: 'en', browser: ['zh-CN'] })).toBe('en');
    expect(chooseLocale({ remembered: [null, 'en'], page: 'zh', browser: ['zh-CN'] })).toBe('en');
    expect(chooseLocale({ query: ['en'], remembered: ['zh'], page: 'zh' })).toBe('en');
  });

  it('skips sources that name no shipped locale', () => {
    expect(chooseLocale({ query: ['cimode'], remembered: ['klingon'], page: 'fr', browser: ['de', 'zh-TW'] })).toBe(
      'zh',
    );
    expect(chooseLocale({ page: undefined, browser: [] })).toBe('en');
  });
});

describe('acceptedLanguages', () => {
  it('orders by q, keeps header order among equals, drops q=0 and unreadable q', () => {
    expect(acceptedLanguages('en;q=0.5, zh-CN, fr;q=0, de;q=abc, ja;q=0.5')).toEqual(['zh-CN', 'en', 'ja']);
  });
});

describe('cookieValue', () => {
  it('reads one cookie among several and decodes it', () => {
    expect(cookieValue('x=1; route-atlas.lang=zh%2DCN; y=2', 'route-atlas.lang')).toBe('zh-CN');
    expect(cookieValue(undefined, 'route-atlas.lang')).toBeUndefined();
  });
});
