import '../compare.css';
import { useCallback, useRef, type ReactNode } from 'react';
import { UntranslatedMark } from '../../../components/ui/untranslated-mark';
import type { Edition, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { MAX_SELECTION } from '../../../domain/view-state';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { CompareScoreTable } from './compare-score-table';
import { CompareStack } from './compare-stack';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';

export interface CompareViewProps {
  readonly edition: Edition;
  /** The selected routes, in the order they were picked (0–4). */
  readonly routes: readonly Route[];
  /** Percent per criterion, for the weighted row. */
  readonly weights: Weights;
  readonly baselineId: string | undefined;
  readonly onBaselineChange: (routeId: string | undefined) => void;
  readonly onRemove: (routeId: string) => void;
  /** Takes the reader to the routes table to pick routes. */
  readonly onPickRoutes: () => void;
  /** The radar of the selected routes (a lazily loaded chart). */
  readonly chart: ReactNode;
  /** Called with the view's heading once it mounts (the dashboard focuses it after a view change). */
  readonly headingRef?: (node: HTMLHeadingElement | null) => void;
}

/**
 * The compare view: the picked routes with a baseline
 * toggle and a remove button each, one radar, the scores side by side with the best marked and the
 * difference from the baseline, strengths and weaknesses in aligned columns, and the developer
 * advice of every trend involved (seed sections 1.3, 2.3, 3.3).
 */
export function CompareView({
  edition,
  routes,
  weights,
  baselineId,
  onBaselineChange,
  onRemove,
  onPickRoutes,
  chart,
  headingRef,
}: CompareViewProps) {
  const { t, locale } = useUiLocale();
  const heading = useRef<HTMLHeadingElement | null>(null);
  const setHeading = useCallback(
    (node: HTMLHeadingElement | null) => {
      heading.current = node;
      headingRef?.(node);
    },
    [headingRef],
  );
  const trendIds = [...new Set(routes.map((route) => route.trendId))];
  const baselineTrend = routes.find((route) => route.id === baselineId)?.trendId;
  const trends = edition.trends.filter((trend) => trendIds.includes(trend.id));
  const trendName = (id: string) => edition.trends.find((trend) => trend.id === id)?.name[locale] ?? id;

  return (
    <section className="view" aria-labelledby="view-heading">
      <header className="view__header">
        <h1 id="view-heading" ref={setHeading} tabIndex={-1}>
          {t('compare.heading')}
        </h1>
        <p className="section-intro">{t('compare.intro', { max: MAX_SELECTION })}</p>
      </header>

      {routes.length < 2 ? (
        <div className="empty-panel">
          <p>{routes.length === 1 ? t('charts.compareOne') : t('charts.compareEmpty')}</p>
          <Button onClick={onPickRoutes}>{t('compare.pickRoutes')}</Button>
        </div>
      ) : null}

      {routes.length > 0 ? (
        <ul className="pick-list" aria-label={t('compare.picked')}>
          {routes.map((route) => {
            const isBaseline = route.id === baselineId;
            return (
              <li key={route.id} className={`pick${isBaseline ? ' pick--baseline' : ''}`}>
                <span className="pick__name">
                  {route.name[locale]}
                  <UntranslatedMark text={route.name} />
                </span>
                <span className="trend-chip" data-trend={route.trendId}>
                  {trendName(route.trendId)}
                </span>
                <span className="pick__actions">
                  <Button
                    size="small"
                    aria-pressed={isBaseline}
                    aria-label={t('baseline.toggle', { route: route.name[locale] })}
                    onClick={() => onBaselineChange(isBaseline ? undefined : route.id)}
                  >
                    {t('baseline.label')}
                  </Button>
                  <Button
                    variant="quiet"
                    size="small"
                    aria-label={t('compare.remove', { route: route.name[locale] })}
                    onClick={() => {
                      onRemove(route.id);
                      // The button goes away with its route: focus returns to the view's heading.
                      heading.current?.focus();
                    }}
                  >
                    ✕
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}

      {routes.length >= 2 ? (
        <>
          {trendIds.length > 1 && edition.kind !== 'user' ? (
            <Notice as="p" tone="info" role="note">
              {t('charts.mixedTrends')}
            </Notice>
          ) : null}
          {baselineId === undefined ? <p className="hint">{t('baseline.hint')}</p> : null}
          {baselineTrend && routes.some((route) => route.trendId !== baselineTrend) ? (
            <p className="hint">{t('baseline.withinTrend')}</p>
          ) : null}
          <div className="compare__body">
            {chart}
            <CompareScoreTable routes={routes} criteria={edition.criteria} weights={weights} baselineId={baselineId} />
          </div>
          {/* On a phone the routes stack, one under the other, instead of the two tables below and
              beside the chart (the stylesheet shows the one that fits): no column too narrow for
              its text. */}
          <CompareStack
            edition={edition}
            routes={routes}
            criteria={edition.criteria}
            weights={weights}
            baselineId={baselineId}
          />

          <h2 className="view__subheading route-matrix-wide">{t('compare.matrixHeading')}</h2>
          <div
            className="table-scroll route-matrix-wide"
            tabIndex={0}
            role="region"
            aria-label={t('compare.matrixHeading')}
          >
            <table className="data-table route-matrix">
              <caption className="sr-only">{t('compare.matrixHeading')}</caption>
              <thead>
                <tr>
                  <td />
                  {routes.map((route) => (
                    <th key={route.id} scope="col">
                      {route.name[locale]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('routes.columns.trend')}</th>
                  {routes.map((route) => (
                    <td key={route.id}>
                      <span className="trend-chip" data-trend={route.trendId}>
                        {trendName(route.trendId)}
                      </span>
                    </td>
                  ))}
                </tr>
                {(['strengths', 'weaknesses'] as const).map((kind) => (
                  <tr key={kind}>
                    <th scope="row">{t(`routes.columns.${kind}`)}</th>
                    {routes.map((route) => (
                      <td key={route.id}>
                        <ul className={`clause-list clause-list--${kind === 'strengths' ? 'strength' : 'weakness'}`}>
                          {route[kind].map((text) => (
                            <li key={text.en}>{text[locale]}</li>
                          ))}
                        </ul>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h2 className="view__subheading">{t('compare.adviceHeading')}</h2>
          <div className="advice-grid">
            {trends.map((trend) => (
              <section key={trend.id} className="advice-card" aria-labelledby={`advice-${trend.id}`}>
                <h3 id={`advice-${trend.id}`}>
                  <span className="trend-chip" data-trend={trend.id}>
                    {trend.name[locale]}
                  </span>
                </h3>
                <ol className="point-list point-list--ordered">
                  {trend.advice.map((point) => (
                    <li key={point.title.en} className="point">
                      <h4 className="point__title">{point.title[locale]}</h4>
                      <p>{point.text[locale]}</p>
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
