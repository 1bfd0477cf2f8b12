import type { Criterion } from '../../../domain/edition/schema';
import type { Locale } from '../../../domain/locale';
import type { RankedRoute } from './decide';
import type { Sensitivity } from './sensitivity';
import type { Firmness } from './firmness';
import { formatPercent, inSentence } from './format';
import { opponentOf, versus } from './versus';

/**
 * Sentences the Decide view and the decision record share, built from the model's figures so the two
 * never say different things. The model stays free of i18next: callers pass a translate function.
 */

/** A translate function: locale key and interpolation values in, the sentence out. */
export type Translate = (key: string, values?: Readonly<Record<string, unknown>>) => string;

/** What every sentence builder needs: strings, the reading language, list formatting and the criteria. */
export interface TextContext {
  readonly t: Translate;
  readonly locale: Locale;
  /** Joins names into one list in the reading language (`Intl.ListFormat`). */
  readonly list: (items: readonly string[]) => string;
  readonly criteria: readonly Pick<Criterion, 'id' | 'label'>[];
}

/** A criterion's label as it reads inside a sentence. */
export function criterionInSentence(context: TextContext, criterionId: string): string {
  const label = context.criteria.find((criterion) => criterion.id === criterionId)?.label[context.locale];
  return inSentence(label ?? criterionId, context.locale);
}

/**
 * The ranking lists at most this many routes (the best), and the decision record details as many;
 * the count of the rest is given.
 */
export const MAX_RANKED_SHOWN = 100;

/** Names a sentence lists at most; past that it lists these and says how many more. */
export const NAMES_IN_SENTENCE = 10;

/**
 * `names` as one list in a sentence: every name up to {@link NAMES_IN_SENTENCE}, past that the first
 * ones and how many more (`A, B, … J and 40 more`). Among thousands of routes, dozens can share the
 * top score, and a sentence naming them all filled the view.
 */
export function listInSentence(context: TextContext, names: readonly string[]): string {
  if (names.length <= NAMES_IN_SENTENCE) return context.list(names);
  return context.t('decisionRecord.namesAndMore', {
    names: context.list(names.slice(0, NAMES_IN_SENTENCE)),
    count: names.length - NAMES_IN_SENTENCE,
  });
}

/** A weighted score or a gap for display: two decimals (`3.33`). */
export const formatScore = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(2));

/**
 * One sentence on why `item` ranks where it does, against the runner-up (for the winner) or the
 * winner (for everyone else): the gap, a near-tie or a tie said as such, and the criterion that counts
 * most for and against it in that pairing. `closeMargin` is the largest gap called a near-tie.
 */
export function rankSentence(
  context: TextContext,
  item: RankedRoute,
  ranking: readonly RankedRoute[],
  closeMargin: number,
): string {
  const { t, locale } = context;
  const place = t('decide.place', { count: item.rank, ordinal: true });
  const score = formatScore(item.overall);
  const other = opponentOf(item, ranking);
  if (!other) return t('decisionRecord.versus.bare', { head: t('decisionRecord.versus.alone', { place, score }) });
  const pair = versus(item, other);
  const values = { place, score, other: other.route.name[locale], gap: formatScore(Math.abs(pair.gap)) };
  const head = pair.tied
    ? t('decisionRecord.versus.tied', values)
    : pair.gap > 0
      ? t(pair.gap <= closeMargin + 1e-9 ? 'decisionRecord.versus.nearTie' : 'decisionRecord.versus.leads', values)
      : t('decisionRecord.versus.behind', values);
  const parts = (['ahead', 'behind'] as const).flatMap((side) => {
    const difference = pair[side];
    if (!difference) return [];
    return [
      t(`decisionRecord.versus.${side === 'ahead' ? 'ahead' : 'behindPart'}`, {
        criterion: criterionInSentence(context, difference.criterionId),
        score: difference.score,
        otherScore: difference.otherScore,
        weight: formatPercent(difference.weight),
      }),
    ];
  });
  const details = parts.length > 0 ? parts.join(t('decide.joiner')) : t('decisionRecord.versus.same');
  return t('decisionRecord.versus.sentence', { head, details });
}

/** The sentences of "How firm", grouped as the view and the record show them. */
export interface FirmnessText {
  /** The margin: a close call, a clear lead, or a tie. */
  readonly margin: string;
  /** The weight intervals: an intro and one item per criterion (empty when the top is shared). */
  readonly holds: string | undefined;
  readonly ranges: readonly string[];
  /** The smallest single-score flip and whether one point suffices. */
  readonly flips: readonly string[];
  /**
   * One line per route, most often first first, with its share (0–1): at most
   * {@link SIMULATION_ROUTES_LISTED}, the rest in `simulationRest`.
   */
  readonly simulation: readonly { readonly routeId: string; readonly share: number; readonly text: string }[];
  /** The routes past the listed ones, in one line with their share together; `undefined` when every route is listed. */
  readonly simulationRest: { readonly count: number; readonly share: number; readonly text: string } | undefined;
  /** How the simulation draws, in one or two sentences. */
  readonly simulationNote: string;
}

/**
 * Routes "First across plausible cases" lists one by one. Among thousands of routes a few can rank
 * first, and a line for each of the others (a list the page had to lay out: 0.8 s over 8 918 routes)
 * said nothing; they are counted in one line.
 */
export const SIMULATION_ROUTES_LISTED = 10;

/** A share (0–1) as a whole percentage (`71%`); `<1%` and `>99%` for shares that round to 0 or 100 but are not. */
export const formatShare = (share: number): string =>
  // A share that rounds to 0 or 100 but is not: "<1%" and ">99%", so a route that was first now and
  // then never reads as never, nor one that lost now and then as always.
  share > 0 && share < 0.005 ? '<1%' : share < 1 && share >= 0.995 ? '>99%' : `${Math.round(share * 100)}%`;

/** Words for the figures of {@link Firmness} and {@link Sensitivity}. */
export function firmnessText(context: TextContext, firmness: Firmness, sensitivity: Sensitivity): FirmnessText {
  const { t, locale } = context;
  const name = (route: { name: Record<Locale, string> }) => route.name[locale];
  const margin = firmness.tie
    ? t('decisionRecord.firm.tie', {
        routes: listInSentence(
          context,
          sensitivity.kind === 'tie' ? sensitivity.routes.map(name) : [name(firmness.winner)],
        ),
      })
    : t(firmness.closeCall ? 'decisionRecord.firm.closeCall' : 'decisionRecord.firm.clear', {
        winner: name(firmness.winner),
        runnerUp: name(firmness.runnerUp),
        margin: formatScore(firmness.margin),
      });

  const ranges =
    sensitivity.kind === 'leader'
      ? sensitivity.ranges.map((range) => {
          const key =
            range.lower !== undefined && range.upper !== undefined
              ? 'between'
              : range.upper !== undefined
                ? 'until'
                : range.lower !== undefined
                  ? 'above'
                  : 'any';
          return t(`decide.range.${key}`, {
            criterion: criterionInSentence(context, range.criterionId),
            current: formatPercent(range.current),
            lower: range.lower === undefined ? '' : formatPercent(range.lower),
            upper: range.upper === undefined ? '' : formatPercent(range.upper),
            lowerRival: range.lowerRival ? name(range.lowerRival) : '',
            upperRival: range.upperRival ? name(range.upperRival) : '',
          });
        })
      : [];
  const holds =
    sensitivity.kind === 'leader' ? t('decisionRecord.md.holds', { winner: name(sensitivity.winner) }) : undefined;

  const { steps, flips: found } = firmness.flips;
  const [first] = found;
  const flips =
    steps === undefined || !first
      ? firmness.tie
        ? []
        : [t('decisionRecord.firm.noFlip')]
      : [
          t('decisionRecord.firm.flip', {
            route: name(first.route),
            criterion: criterionInSentence(context, first.criterionId),
            from: first.from,
            to: first.to,
            leader: name(first.newLeader),
          }),
          ...(found.length > 1 ? [t('decisionRecord.firm.flipOthers', { count: found.length - 1, steps })] : []),
          steps === 1 ? t('decisionRecord.firm.singleStep') : t('decisionRecord.firm.noSingleStep', { count: steps }),
        ];

  const { shares } = firmness.simulation;
  const simulation = shares.slice(0, SIMULATION_ROUTES_LISTED).map(({ route, share }) => ({
    routeId: route.id,
    share,
    text: t('decisionRecord.firm.simulationRow', { route: name(route), percent: formatShare(share) }),
  }));
  const rest = shares.slice(SIMULATION_ROUTES_LISTED);
  const restShare = rest.reduce((sum, item) => sum + item.share, 0);
  const simulationRest =
    rest.length > 0
      ? {
          count: rest.length,
          share: restShare,
          text: t('decisionRecord.firm.simulationRest', { count: rest.length, percent: formatShare(restShare) }),
        }
      : undefined;
  const simulationNote = [
    t('decisionRecord.firm.simulationExplain', { draws: firmness.simulation.draws }),
    ...(firmness.simulation.uncertainScores === 0 ? [t('decisionRecord.firm.simulationCertain')] : []),
  ].join(locale === 'zh' ? '' : ' ');
  return { margin, holds, ranges, flips, simulation, simulationRest, simulationNote };
}
