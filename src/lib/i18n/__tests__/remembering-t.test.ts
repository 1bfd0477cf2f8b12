import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { rememberingT } from '../remembering-t';

/** The page's `t` is typed by its own strings; these tests use strings of their own. */
type LooseT = (key: string, options?: Record<string, unknown>) => unknown;
const loose = (made: { t: unknown; forget: () => void }) => ({ t: made.t as LooseT, forget: made.forget });

async function instance() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    resources: {
      en: {
        translation: {
          scoreOf: '{{value}} of {{max}}',
          routes_one: '{{count}} route',
          routes_other: '{{count}} routes',
          plain: 'Routes',
          list: { first: 'GPU', second: 'ASIC' },
        },
      },
    },
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('rememberingT', () => {
  it('answers as i18next does, and asks it once per key and plain options', async () => {
    const i18n = await instance();
    const fixed = i18n.getFixedT('en');
    const asked = vi.fn(fixed);
    const { t } = loose(rememberingT(asked as unknown as typeof fixed));
    expect(t('scoreOf', { value: '4', max: 5 })).toBe('4 of 5');
    expect(t('scoreOf', { value: '4', max: 5 })).toBe('4 of 5');
    expect(t('scoreOf', { value: '3', max: 5 })).toBe('3 of 5');
    expect(t('plain')).toBe('Routes');
    expect(t('plain')).toBe('Routes');
    expect(asked).toHaveBeenCalledTimes(3);
  });

  it('tells a count of 1 from one of "1" and from 2 (plural forms)', async () => {
    const i18n = await instance();
    const { t } = loose(rememberingT(i18n.getFixedT('en')));
    expect(t('routes', { count: 1 })).toBe('1 route');
    expect(t('routes', { count: 2 })).toBe('2 routes');
    expect(t('routes', { count: 1 })).toBe('1 route');
  });

  it('leaves objects to i18next each time, and forgets when told', async () => {
    const i18n = await instance();
    const fixed = i18n.getFixedT('en');
    const asked = vi.fn(fixed);
    const { t, forget } = loose(rememberingT(asked as unknown as typeof fixed));
    expect(t('list', { returnObjects: true })).toEqual({ first: 'GPU', second: 'ASIC' });
    expect(t('list', { returnObjects: true })).toEqual({ first: 'GPU', second: 'ASIC' });
    expect(t('scoreOf', { value: { nested: 1 } })).toBeTypeOf('string');
    t('scoreOf', { value: { nested: 1 } });
    expect(asked).toHaveBeenCalledTimes(4);

    // A key asked before its strings were added answers with the key until forgotten.
    expect(t('later')).toBe('later');
    i18n.addResourceBundle('en', 'translation', { later: 'Added later' }, true, false);
    expect(t('later')).toBe('later');
    forget();
    expect(t('later')).toBe('Added later');
  });
});
