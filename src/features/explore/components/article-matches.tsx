import { Fragment, useMemo } from 'react';
import { trendSectionId } from '../../../domain/edition/model';
import type { Trend } from '../../../domain/edition/schema';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { matchArticle } from '../model/article-search';

/**
 * Under the search box: where the query occurs in the article's technical details or advice
 * ("Also in the article: AI chips — 2.1 Technical details: Edge AI chips"), each a link to that part
 * of the trend's section. A status region, so a screen reader hears it appear while typing; empty
 * when the query matches none of the article's text.
 */
export function ArticleMatches({ trends, query }: { readonly trends: readonly Trend[]; readonly query: string }) {
  const { t, locale } = useUiLocale();
  const matches = useMemo(() => matchArticle(trends, query), [trends, query]);
  const links = matches.flatMap((match) => {
    const index = trends.findIndex((trend) => trend.id === match.trendId);
    const trend = trends[index];
    if (!trend) return [];
    const points = match.points.map((point) => trend[match.part][point]?.title[locale]).filter(Boolean);
    const values = { trend: trend.name[locale], part: t(`trends.${match.part}`, { number: index + 1 }) };
    return [
      {
        key: `${match.trendId}-${match.part}`,
        href: `#${trendSectionId(match.trendId, match.part)}`,
        label:
          points.length > 0
            ? t('filters.articlePartPoints', { ...values, points: points.join(t('filters.articlePointJoiner')) })
            : t('filters.articlePart', values),
      },
    ];
  });
  return (
    <div className="article-matches" role="status">
      {links.length > 0 ? (
        <p className="hint">
          {t('filters.articleMatches')}{' '}
          {links.map((link, index) => (
            <Fragment key={link.key}>
              {index > 0 ? t('filters.articleJoiner') : null}
              <a href={link.href}>{link.label}</a>
            </Fragment>
          ))}
        </p>
      ) : null}
    </div>
  );
}
