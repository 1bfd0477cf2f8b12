import { LOCALES, LOCALE_TAGS, type Locale } from './domain/locale';
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { App } from './app/app';
import { Providers } from './app/providers';
import { createI18n } from './lib/i18n/i18n';
import { bundledStrings } from './lib/i18n/bundled-strings';

/** What the build writes into one locale's HTML page: `<html lang>`, title, description and `#root`. */
export interface PrerenderedPage {
  readonly locale: Locale;
  /** BCP 47 tag for `<html lang>` (`en`, `zh-CN`). */
  readonly htmlLang: string;
  readonly title: string;
  readonly description: string;
  /** The first view (header, explore view with table, trends and conclusion), as HTML. */
  readonly body: string;
}

/** A plain visit's address: no params (the browser's own adapter takes over on hydration). */
function PlainVisitUrl({ children }: { readonly children: ReactNode }) {
  return <NuqsTestingAdapter searchParams="">{children}</NuqsTestingAdapter>;
}

/**
 * Renders the first view, as a visitor with no link params and nothing stored sees it, for one
 * locale; the client then hydrates it (see `main.tsx`). Charts are placeholders of their final
 * size (they render after hydration). Throws when any part suspends: its HTML would need an
 * inline script.
 */
export async function prerenderFirstView(locale: Locale): Promise<PrerenderedPage> {
  const i18n = createI18n({ lng: locale, strings: bundledStrings });
  const tree = (
    <Providers i18n={i18n} urlAdapter={PlainVisitUrl}>
      <App />
    </Providers>
  );
  // A large boundary would otherwise be sent apart from its place (streaming's progressive
  // chunks), to be moved in by an inline script.
  const { prelude } = await prerender(tree, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  const body = await new Response(prelude).text();
  // A part that suspended would arrive as a fragment moved into place by an inline script, which
  // the Content-Security-Policy blocks: the page would stay on its placeholder.
  if (body.includes('<script') || body.includes('<!--$?-->')) {
    throw new Error(`The ${locale} first view suspended while prerendering: render its lazy parts after hydration`);
  }
  return {
    locale,
    htmlLang: LOCALE_TAGS[locale],
    title: i18n.t('app.documentTitle'),
    description: i18n.t('app.description'),
    body,
  };
}

/** Every shipped locale's first view. */
export function prerenderAll(): Promise<PrerenderedPage[]> {
  return Promise.all(LOCALES.map((locale) => prerenderFirstView(locale)));
}
