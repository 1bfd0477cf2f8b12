/**
 * What an embed's address asks for (`?embed=radar&trend=<trend id>`, `?embed=table`,
 * `?embed=decide`, with the usual view params beside it), read before anything renders. Pure TS:
 * the page's entry reads {@link isEmbedAddress} before its first paint, so this file stays tiny.
 */

/** The parts a page can be embedded as: one trend's score radar, the routes table, Decide's ranking. */
export const EMBED_KINDS = ['radar', 'table', 'decide'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The query-string key that asks for an embed. */
export const EMBED_PARAM = 'embed';

/** Why an embed shows a message instead of its part. Each has a translated text (`embed.problem.*`). */
export type EmbedProblem =
  /** `embed=` names no part this page knows (`embed=chart`). */
  | 'unknownKind'
  /** A radar embed whose `trend` is absent while the edition has several trends. */
  | 'noTrend'
  /** A radar embed whose `trend` names several trends: a radar draws one. */
  | 'severalTrends'
  /** `trend` names no trend of the edition. */
  | 'unknownTrend'
  /** `ed` names an edition this page does not hold (a comparison stored in someone's browser). */
  | 'editionNotHeld'
  /** The comparison the fragment carries cannot be read (cut, altered, not a comparison). */
  | 'unreadableComparison'
  /** The data file `src` names cannot be fetched or read (the full view says why). */
  | 'unreadableFile';

/** True when the address (`location.search`) asks for an embed, whatever its kind. */
export function isEmbedAddress(search: string): boolean {
  return new URLSearchParams(search).has(EMBED_PARAM);
}

/** The part an `embed` value asks for, or `ok: false` for a value naming none. Case and blanks are forgiven. */
export function readEmbedKind(value: string): { readonly ok: true; readonly kind: EmbedKind } | { readonly ok: false } {
  const kind = EMBED_KINDS.find((item) => item === value.trim().toLowerCase());
  return kind ? { ok: true, kind } : { ok: false };
}

/**
 * The trend a radar embed draws: `named` are the trend ids the address names (`trend=`, known or
 * not), `trendIds` the edition's, in data order. An edition of one trend (a comparison of one
 * group) needs none named.
 */
export function radarTrend(
  named: readonly string[],
  trendIds: readonly string[],
): { readonly ok: true; readonly trendId: string } | { readonly ok: false; readonly problem: EmbedProblem } {
  const distinct = [...new Set(named)];
  const [first] = distinct;
  if (first === undefined) {
    const only = trendIds.length === 1 ? trendIds[0] : undefined;
    return only === undefined ? { ok: false, problem: 'noTrend' } : { ok: true, trendId: only };
  }
  if (distinct.some((id) => !trendIds.includes(id))) return { ok: false, problem: 'unknownTrend' };
  return distinct.length === 1 ? { ok: true, trendId: first } : { ok: false, problem: 'severalTrends' };
}

/**
 * The full view of an embed: the same address without `embed` (the fragment, which may carry a
 * comparison, kept), for the link back that opens in a new tab. A ranking's embed opens Decide
 * unless the address names a view; a radar and a table are in the explore view, the default.
 */
export function fullViewUrl(href: string, kind?: EmbedKind): string {
  const url = new URL(href);
  // Each other param as written: URLSearchParams would re-encode `w=cost:50,…` as `cost%3A50%2C…`.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && pair.split('=')[0] !== EMBED_PARAM);
  if (kind === 'decide' && !kept.some((pair) => pair.split('=')[0] === 'view')) kept.push('view=decide');
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.toString();
}
