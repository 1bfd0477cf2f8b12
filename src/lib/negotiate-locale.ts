/**
 * Picks the UI locale for a page request the way the client's language detector does, so the
 * prerendered HTML a server sends is the one the client would render (no language flash):
 * `?lang=` → the remembered choice (cookie) → the browser's languages by preference → English.
 * Pure, no DOM: used by the preview server, and by anything that serves the built pages.
 */

/** Cookie that mirrors the reader's explicit language choice for servers (localStorage is unseen). */
export const LANGUAGE_COOKIE = 'route-atlas.lang';

/** The UI locales a page is prerendered in. */
export type NegotiatedLocale = 'zh' | 'en';

/** The file each locale's prerendered page is built to (next to each other in `dist/`). */
export const LOCALE_PAGES: Readonly<Record<NegotiatedLocale, string>> = { en: 'index.html', zh: 'index.zh.html' };

function toLocale(tag: string | null | undefined): NegotiatedLocale | undefined {
  const base = tag?.trim().split('-')[0]?.toLowerCase();
  return base === 'zh' || base === 'en' ? base : undefined;
}

/**
 * Languages of an `Accept-Language` header, most preferred first (`q` descending, header order
 * among equals); entries with `q=0` or an unreadable `q` are left out.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The value of cookie `name` in a `Cookie` header, or undefined (also when it is not decodable). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const [key, ...rest] = pair.split('=');
    if (key?.trim() !== name) continue;
    try {
      return decodeURIComponent(rest.join('=').trim());
    } catch {
      // A hand-made cookie such as `%zz`: ignored, the browser's languages decide.
      return undefined;
    }
  }
  return undefined;
}

/**
 * The locale to serve. `query` is the request's search string (`?lang=zh&…` or empty), `cookie`
 * and `acceptLanguage` the raw request headers. A value that names no shipped locale is skipped,
 * as the client skips it.
 */
export function negotiateLocale(request: {
  readonly query: string;
  readonly cookie?: string | undefined;
  readonly acceptLanguage?: string | undefined;
}): NegotiatedLocale {
  return (
    // The last `lang` wins, as on the client (i18next reads the last one).
    toLocale(new URLSearchParams(request.query).getAll('lang').at(-1)) ??
    toLocale(cookieValue(request.cookie, LANGUAGE_COOKIE)) ??
    acceptedLanguages(request.acceptLanguage)
      .map(toLocale)
      .find((locale) => locale !== undefined) ??
    'en'
  );
}
