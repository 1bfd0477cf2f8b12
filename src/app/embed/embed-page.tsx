import { parseAsString, useQueryState } from 'nuqs';
import { useMemo } from 'react';
import type { Edition } from '../../domain/edition/schema';
import { equalPercentWeights } from '../../features/decide/model/decide';
import { formatPercent } from '../../features/decide/model/format';
import { EmbedFrame, EmbedMessage } from '../../features/embed/components/embed-frame';
import { radarTrend, readEmbedKind, type EmbedKind } from '../../features/embed/model/embed-request';
import { formatList } from '../../lib/i18n/format-list';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { bundledEditions, type LoadedEdition } from '../bundled-editions';
import { useExploreQuery } from '../dashboard/use-explore-query';
import { useViewState } from '../dashboard/use-view-state';
import { useInteractiveMark } from '../interactive-mark';
import { EmbedRadar, EmbedRanking, EmbedTable } from './embed-parts';
import { useEmbeddedEdition } from './use-embedded-edition';

/**
 * The page of an embed (`?embed=radar|table|decide`, see docs/using.md): one part of the edition
 * the address names, in the frame it is given, with a link back to the full view. What it cannot
 * show (an unknown part, trend or edition, a link that cannot be read) it says in the frame.
 */
export function EmbedPage({ editions = bundledEditions }: { readonly editions?: readonly LoadedEdition[] }) {
  const { t, locale } = useUiLocale();
  const [embedParam] = useQueryState('embed', parseAsString);
  const request = readEmbedKind(embedParam ?? '');
  const shown = useEmbeddedEdition(editions, locale);
  useInteractiveMark(shown.stage !== 'reading' || !request.ok);

  if (!request.ok) {
    return (
      <EmbedFrame>
        <EmbedMessage>{t('embed.problem.unknownKind', { value: embedParam ?? '' })}</EmbedMessage>
      </EmbedFrame>
    );
  }
  if (shown.stage === 'reading') {
    return (
      <EmbedFrame>
        <p className="embed-message" role="status">
          {t('embed.reading')}
        </p>
      </EmbedFrame>
    );
  }
  if (shown.stage === 'problem') {
    return (
      <EmbedFrame>
        <EmbedMessage>
          {shown.problem === 'editionNotHeld'
            ? t('embed.problem.editionNotHeld', { id: shown.id })
            : t(`embed.problem.${shown.problem}`)}
        </EmbedMessage>
      </EmbedFrame>
    );
  }
  return <EmbedView key={shown.edition.id} kind={request.kind} edition={shown.edition} />;
}

/** One part of `edition`, under the view the address carries (filters, sort, picks, weights …). */
function EmbedView({ kind, edition }: { readonly kind: EmbedKind; readonly edition: Edition }) {
  const { t, locale } = useUiLocale();
  const { state, update, problems } = useViewState(edition);
  const weights = useMemo(() => state.weights ?? equalPercentWeights(edition.criteria), [state.weights, edition]);
  const { result } = useExploreQuery(edition, state, weights, locale);
  const weightList = formatList(
    edition.criteria.map((criterion) =>
      t('decide.weightItem', { criterion: criterion.label[locale], value: formatPercent(weights[criterion.id] ?? 0) }),
    ),
    locale,
  );
  // As Decide ranks them: the picks when there are two or more, else the routes the filters leave.
  const rankedRoutes = useMemo(() => {
    if (kind !== 'decide') return [];
    const picked = state.selection.flatMap((id) => edition.routes.find((route) => route.id === id) ?? []);
    return picked.length >= 2 ? picked : result.rows.map((row) => row.route);
  }, [kind, state.selection, edition, result]);
  // A radar's trend is the trend filter's: a trend the edition lacks is the radar's own problem.
  const unknownTrends = problems.filter((problem) => problem.reason === 'unknownTrend');
  const radar =
    kind === 'radar'
      ? radarTrend(
          [...state.trendIds, ...unknownTrends.map((problem) => problem.value)],
          edition.trends.map((trend) => trend.id),
        )
      : undefined;
  const ignored = problems.length - (kind === 'radar' ? unknownTrends.length : 0);
  const ignoredNote = ignored > 0 ? t('embed.ignored', { count: ignored }) : undefined;

  if (radar && !radar.ok) {
    const trends = formatList(
      edition.trends.map((trend) => t('embed.trendOption', { id: trend.id, name: trend.name[locale] })),
      locale,
    );
    return (
      <EmbedFrame heading={edition.title[locale]}>
        <EmbedMessage>{t(`embed.problem.${radar.problem}`, { trends })}</EmbedMessage>
      </EmbedFrame>
    );
  }
  if (radar) {
    return (
      <EmbedFrame kind="radar" note={ignoredNote} heading={edition.title[locale]}>
        <EmbedRadar edition={edition} trendId={radar.trendId} result={result} />
      </EmbedFrame>
    );
  }
  if (kind === 'table') {
    return (
      <EmbedFrame
        kind="table"
        heading={edition.title[locale]}
        note={
          ignoredNote ??
          t('embed.tableCaption', {
            shown: result.rows.length,
            total: edition.routes.length,
            edition: edition.shortTitle[locale],
          })
        }
      >
        <EmbedTable
          edition={edition}
          state={state}
          update={update}
          result={result}
          overallHint={t('routes.overallWeighted', { weights: weightList })}
        />
      </EmbedFrame>
    );
  }
  return (
    <EmbedFrame
      kind="decide"
      heading={edition.title[locale]}
      note={ignoredNote ?? t('embed.rankingCaption', { weights: weightList })}
    >
      <EmbedRanking edition={edition} routes={rankedRoutes} weights={weights} />
    </EmbedFrame>
  );
}
