import { resolveAdviceCite } from '../../../domain/edition/model';
import type { Edition, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { completeRoutes, rankRoutes } from './decide';
import { analyseWinner, type WinnerAnalysis } from './analysis';
import { formatPercent, oneLine } from './format';
import { prosAndCons } from './pros-cons';
import { activePreset } from './presets';
import {
  criterionInSentence,
  firmnessText,
  formatScore,
  formatShare,
  listInSentence,
  MAX_RANKED_SHOWN,
  type TextContext,
} from './text';
import { versus } from './versus';

/**
 * The decision record: a Markdown file in the MADR 4 layout (https://adr.github.io/madr/) written
 * from one Decide view, in the reading language. Built for review in a repository: stable order,
 * no timestamp but the date, one sentence per line, so two records of nearby views diff cleanly.
 */

/** What a record is written from. */
export interface DecisionRecordInput {
  readonly edition: Edition;
  /** The routes Decide ranks (of one trend, or the reader's picks). */
  readonly routes: readonly Route[];
  /** Percent per criterion, summing to 100. */
  readonly weights: Weights;
  /** The record's date, `YYYY-MM-DD` (the reader's today; passed in so the file is reproducible). */
  readonly date: string;
  /** The address of the exact view (`location.href`). */
  readonly permalink: string;
  /**
   * "How firm" and the weight intervals for these routes and weights, when the view has worked them
   * out already (over 100 000 routes they take a second or more); worked out here when absent.
   */
  readonly analysis?: WinnerAnalysis;
}

/** What the title is about: the comparison's own title for a user edition, else the routes' trend. */
function subject(edition: Edition, routes: readonly Route[]): { kind: 'trend' | 'comparison'; text: Edition['title'] } {
  if (edition.kind === 'user') return { kind: 'comparison', text: edition.title };
  const trendIds = [...new Set(routes.map((route) => route.trendId))];
  const trend = trendIds.length === 1 ? edition.trends.find((item) => item.id === trendIds[0]) : undefined;
  return trend ? { kind: 'trend', text: trend.name } : { kind: 'comparison', text: edition.shortTitle };
}

/**
 * The record's file name: `NNNN-choose-<subject>.md`, `number` zero-padded to 4 digits (1 → `0001`),
 * the subject in kebab-case from its English text whatever the reading language, so both languages'
 * files sort and link alike (`0001-choose-ai-chips.md`). Non-ASCII letters are dropped.
 */
export function recordFileName(number: number, input: Pick<DecisionRecordInput, 'edition' | 'routes'>): string {
  const slug = subject(input.edition, input.routes)
    .text.en.normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const padded = String(Math.max(0, Math.floor(number))).padStart(4, '0');
  return `${padded}-choose${slug ? `-${slug}` : ''}.md`;
}

// Where one sentence ends and the next begins: after 。！？ in Chinese; in English after . ! ? (and a
// closing quote) followed by a space and a capital, digit or opening quote.
const SENTENCE_BREAK = /(?<=[。！？](?:[”」])?)(?=\S)|(?<=[.!?][”’)]?)\s+(?=[“‘(]?[A-Z0-9])/u;

/** `text` cut into its sentences, one per line, so a record diffs sentence by sentence. */
export function sentences(text: string): string[] {
  return oneLine(text)
    .split(SENTENCE_BREAK)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The record as Markdown, in the reading language of `context` (`context.criteria` must be the
 * edition's). Sections, in MADR 4's order: front matter, title, Context and Problem Statement,
 * Decision Drivers, Considered Options, Decision Outcome (with Consequences and How Firm), Pros and
 * Cons of the Options, More Information (the permalink). Ends with a newline.
 */
export function decisionRecord(context: TextContext, input: DecisionRecordInput): string {
  const { t, locale } = context;
  const { edition, weights } = input;
  const { criteria } = edition;
  const routes = completeRoutes(input.routes, criteria);
  const ranking = rankRoutes(routes, criteria, weights);
  const name = (route: Route) => oneLine(route.name[locale]);
  const out: string[] = [];
  const heading = (level: number, text: string) => out.push('', `${'#'.repeat(level)} ${oneLine(text)}`, '');
  // A list item's further sentences go on lines of their own, indented to its text (Markdown continuation lines).
  const bullet = (text: string, depth = 0) =>
    sentences(text).forEach((sentence, index) =>
      out.push(`${'  '.repeat(depth)}${index === 0 ? '- ' : '  '}${sentence}`),
    );
  const para = (text: string) => out.push(...sentences(text));

  out.push('---', 'status: proposed', `date: ${input.date}`, 'decision-makers:', 'consulted:', 'informed:', '---');
  const about = subject(edition, input.routes);
  heading(
    1,
    about.kind === 'trend'
      ? t('decisionRecord.md.titleTrend', { trend: about.text[locale] })
      : t('decisionRecord.md.titleComparison', { title: about.text[locale] }),
  );

  heading(2, t('decisionRecord.md.context'));
  out.push(
    t('decisionRecord.md.contextChoose', {
      count: ranking.length,
      routes: listInSentence(
        context,
        ranking.map((item) => name(item.route)),
      ),
    }),
  );
  out.push(t('decisionRecord.md.contextScores'));
  out.push(t('decisionRecord.md.contextSource', { source: oneLine(edition.title[locale]) }));

  heading(2, t('decisionRecord.md.drivers'));
  for (const criterion of criteria) {
    bullet(
      t('decisionRecord.md.driver', {
        criterion: criterion.label[locale],
        weight: formatPercent(weights[criterion.id] ?? 0),
        definition: criterion.definition[locale],
      }),
    );
  }
  out.push('');
  const preset = activePreset(edition, weights);
  if (preset) {
    para(
      t('decisionRecord.md.preset', { preset: preset.name[locale], description: oneLine(preset.description[locale]) }),
    );
    const cites = preset.cites.map((cite) => {
      const source = resolveAdviceCite(edition, cite);
      if (!source) return cite;
      if (source.kind === 'summary') return t('decide.citeSummary');
      return t('decide.citeAdvice', {
        number: edition.trends.indexOf(source.trend) + 1,
        item: source.index + 1,
        title: source.point.title[locale],
      });
    });
    out.push(t('decisionRecord.md.presetCites', { cites: cites.join(t('decide.citeJoiner')) }));
  } else {
    out.push(t('decisionRecord.md.customWeights'));
  }

  // The best routes, as many as the ranking shows: a record of every one of 20 000 routes ran to 7 MB.
  const detailed = ranking.slice(0, MAX_RANKED_SHOWN);
  const left = ranking.length - detailed.length;
  heading(2, t('decisionRecord.md.options'));
  for (const item of detailed)
    bullet(t('decisionRecord.md.option', { route: name(item.route), score: formatScore(item.overall) }));
  // A blank line first: a line right after a list item would join it in Markdown.
  if (left > 0) {
    out.push('');
    para(t('decisionRecord.md.optionsMore', { count: left }));
  }

  heading(2, t('decisionRecord.md.outcome'));
  const [first, second] = ranking;
  const { firmness, sensitivity } = input.analysis ?? analyseWinner(routes, criteria, weights);
  if (first && second && firmness && !firmness.tie) {
    const pair = versus(first, second);
    const reason = pair.ahead
      ? t('decisionRecord.versus.ahead', {
          criterion: criterionInSentence(context, pair.ahead.criterionId),
          score: pair.ahead.score,
          otherScore: pair.ahead.otherScore,
          weight: formatPercent(pair.ahead.weight),
        })
      : t('decisionRecord.versus.same');
    para(t('decisionRecord.md.chosen', { route: name(first.route), reason }));
    out.push(t('decisionRecord.md.margin', { runnerUp: name(second.route), margin: formatScore(pair.gap) }));

    heading(3, t('decisionRecord.md.consequences'));
    const differences = first.contributions
      .map((contribution, index) => ({ contribution, otherScore: second.contributions[index]?.score }))
      .filter(({ contribution, otherScore }) => contribution.score !== undefined && otherScore !== undefined);
    for (const [key, keep] of [
      ['good', (d: number) => d > 0],
      ['bad', (d: number) => d < 0],
    ] as const) {
      for (const { contribution, otherScore } of differences) {
        if (!keep((contribution.score ?? 0) - (otherScore ?? 0))) continue;
        bullet(
          t(`decisionRecord.md.${key}`, {
            text: t(`decisionRecord.md.${key === 'good' ? 'gainOver' : 'lossTo'}`, {
              criterion: criterionInSentence(context, contribution.criterionId),
              score: contribution.score,
              otherScore,
              other: name(second.route),
            }),
          }),
        );
      }
    }
  } else if (first) {
    const tied = ranking.filter((item) => item.rank === 1).map((item) => name(item.route));
    out.push(
      t('decisionRecord.md.chosenTie', { routes: listInSentence(context, tied), score: formatScore(first.overall) }),
    );
  }

  if (firmness) {
    heading(3, t('decisionRecord.md.firm'));
    const text = firmnessText(context, firmness, sensitivity);
    para(text.margin);
    if (text.holds) {
      out.push('', text.holds, '');
      for (const range of text.ranges) bullet(range);
    }
    if (text.flips.length > 0) out.push('', ...text.flips);
    out.push('');
    for (const { share, routeId } of text.simulation) {
      const route = routes.find((item) => item.id === routeId);
      if (route) bullet(t('decisionRecord.md.simulationFirst', { route: name(route), percent: formatShare(share) }));
    }
    if (text.simulationRest) {
      const { count, share } = text.simulationRest;
      bullet(t('decisionRecord.md.simulationRest', { count, percent: formatShare(share) }));
    }
    out.push('');
    para(text.simulationNote);
  }

  heading(2, t('decisionRecord.md.prosCons'));
  detailed.forEach((item, index) => {
    if (index > 0) out.push('');
    prosAndCons(context, item.route, bullet, heading);
  });
  if (left > 0) {
    out.push('');
    para(t('decisionRecord.md.prosConsMore', { count: left }));
  }

  heading(2, t('decisionRecord.md.moreInformation'));
  out.push(t('decisionRecord.md.permalink', { url: input.permalink }));
  out.push(t('decisionRecord.md.generated', { edition: oneLine(edition.title[locale]) }));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
