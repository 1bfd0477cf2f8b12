import { describe, expect, it } from 'vitest';
import { resolveAdviceCite, resolveCite } from '../edition/model';
import type { Edition, LocalizedText, Route } from '../edition/schema';
import { overallScore } from '../scoring';
import { LOCALES, type Locale } from '../locale';
import { editionJson } from '../../../tests/utils/edition';

/**
 * The article's scores, checked against the rule in docs/scoring-rule.md as far as a test can:
 * every score cites a clause, quotes only what the article says, quotes what it cites, and says
 * "inferred" wherever the rule calls the score an inference, with one tag in both languages.
 * Each check returns its problems as `routes[i].scores.<criterion>: …` lines, so a failure names
 * the score; each is also run on a broken copy below, to prove it can fail.
 */

/** A quotation is text between 「 and 」 in Chinese, between “ and ” in English. */
const QUOTE: Record<Locale, RegExp> = { zh: /「([^「」]*)」/g, en: /“([^“”]*)”/g };
/** Quote marks a rationale may not use, so that no quotation escapes the checks. */
const FOREIGN_QUOTES: Record<Locale, RegExp> = { zh: /[“”"‘]/, en: /[「」"‘]/ };
/** The one inference tag: the last thing in the rationale, before its closing full stop. */
const TAG: Record<Locale, string> = { zh: '（推断）。', en: ' (inferred).' };
const INFERENCE_WORD: Record<Locale, RegExp> = { zh: /推断/g, en: /infer/gi };

/**
 * Words by which a clause names a criterion itself (docs/scoring-rule.md, "Stated or inferred").
 * A 1 or a 5 is stated only when it cites a clause that does.
 */
const NAMES_CRITERION: Readonly<Record<string, readonly string[]>> = {
  cost: ['成本', '价格'],
  performance: ['性能', '效果'],
  flexibility: ['灵活', '通用', '适应', '适用'],
};

// English quotations may start a clause in lower case ("Highest performance" → “highest performance”).
const fold = (text: string, locale: Locale) => (locale === 'en' ? text.toLowerCase() : text);

function quotations(text: string, locale: Locale): string[] {
  return [...text.matchAll(QUOTE[locale])].map((match) => fold(match[1] ?? '', locale));
}

function clauses(route: Route): LocalizedText[] {
  return [...route.strengths, ...route.weaknesses];
}

/** The article's own text for a trend, outside the comparison table. */
function trendTexts(edition: Edition, trendId: string): LocalizedText[] {
  const trend = edition.trends.find((item) => item.id === trendId);
  if (!trend) return [];
  return [
    trend.overview,
    trend.detailsIntro,
    ...[...trend.details, ...trend.advice].flatMap((point) => [point.title, point.text]),
  ];
}

type Scored = { readonly route: Route; readonly index: number; readonly criterionId: string; readonly path: string };

function eachScore(edition: Edition): Scored[] {
  return edition.routes.flatMap((route, index) =>
    Object.keys(route.scores).map((criterionId) => ({
      route,
      index,
      criterionId,
      path: `routes[${index}].scores.${criterionId}`,
    })),
  );
}

/** Every score cites at least one clause of its route. */
export function uncitedScores(edition: Edition): string[] {
  return eachScore(edition)
    .filter(({ route, criterionId }) => (route.scores[criterionId]?.cites.length ?? 0) === 0)
    .map(({ path }) => `${path}: cites nothing`);
}

/**
 * Quotations in rationales: each one that occurs in a clause of its route occurs in a clause the
 * score cites; every other one is the article's text (a clause of another route of the trend, or
 * the trend's overview, technical details or advice); every cited clause is quoted in full, in both
 * languages; and no other quote marks are used.
 */
export function quoteProblems(edition: Edition): string[] {
  const problems: string[] = [];
  for (const { route, criterionId, path } of eachScore(edition)) {
    const score = route.scores[criterionId];
    if (!score) continue;
    const cited = score.cites.map((cite) => resolveCite(route, cite)?.text).filter((text) => text !== undefined);
    const others = edition.routes.filter((other) => other.trendId === route.trendId && other !== route);
    for (const locale of LOCALES) {
      const rationale = score.rationale[locale];
      if (FOREIGN_QUOTES[locale].test(rationale)) problems.push(`${path}.rationale.${locale}: quotes with other marks`);
      const quoted = quotations(rationale, locale);
      const within = (texts: readonly LocalizedText[], quote: string) =>
        texts.some((text) => fold(text[locale], locale).includes(quote));
      for (const quote of quoted) {
        if (within(clauses(route), quote)) {
          if (!within(cited, quote))
            problems.push(`${path}.rationale.${locale}: quotes “${quote}”, which it does not cite`);
        } else if (!within([...others.flatMap(clauses), ...trendTexts(edition, route.trendId)], quote)) {
          problems.push(`${path}.rationale.${locale}: quotes “${quote}”, which the article does not say`);
        }
      }
      for (const clause of cited) {
        if (!quoted.includes(fold(clause[locale], locale))) {
          problems.push(`${path}.rationale.${locale}: does not quote its cite “${clause[locale]}”`);
        }
      }
    }
  }
  return problems;
}

function isTagged(rationale: string, locale: Locale): boolean {
  return rationale.endsWith(TAG[locale]);
}

/**
 * Inferred scores say so with the one tag, in both languages or neither, and nowhere else in the
 * rationale. A 2, 3 or 4 is always inferred; so is a 1 or 5 that cites no clause naming the
 * criterion (a weakness for 1, a strength for 5).
 */
export function inferenceProblems(edition: Edition): string[] {
  const problems: string[] = [];
  for (const { route, criterionId, path } of eachScore(edition)) {
    const score = route.scores[criterionId];
    if (!score) continue;
    const tagged = LOCALES.map((locale) => isTagged(score.rationale[locale], locale));
    if (tagged[0] !== tagged[1]) problems.push(`${path}: the inference tag is in one language only`);
    for (const locale of LOCALES) {
      const words = score.rationale[locale].match(INFERENCE_WORD[locale])?.length ?? 0;
      if (words > (isTagged(score.rationale[locale], locale) ? 1 : 0)) {
        problems.push(`${path}.rationale.${locale}: says "inferred" other than with the tag ${TAG[locale].trim()}`);
      }
    }
    if (tagged.some(Boolean)) continue;
    if (score.value !== 1 && score.value !== 5) {
      problems.push(`${path}: ${score.value} is always inferred`);
      continue;
    }
    const kind = score.value === 5 ? 'strengths' : 'weaknesses';
    const words = NAMES_CRITERION[criterionId] ?? [];
    const names = score.cites
      .map((cite) => resolveCite(route, cite))
      .some((clause) => clause?.kind === kind && words.some((word) => clause.text.zh.includes(word)));
    if (!names)
      problems.push(`${path}: ${score.value} cites no ${kind} clause naming ${criterionId}, so it is inferred`);
  }
  return problems;
}

const USER_PRIORITY: LocalizedText = { zh: '你的取舍，不是文章的建议', en: 'Your priority, not the article’s advice' };

/**
 * Presets weigh on one 100-sum scale; one that cites only the conclusion says it is a user
 * priority, and one that cites advice does not.
 */
export function presetProblems(edition: Edition): string[] {
  const problems: string[] = [];
  edition.presets.forEach((preset, index) => {
    const sum = Object.values(preset.weights).reduce((total, weight) => total + weight, 0);
    if (Math.abs(sum - 100) > 1e-9) problems.push(`presets[${index}].weights: sum to ${sum}, not 100`);
    const advice = preset.cites.some((cite) => resolveAdviceCite(edition, cite)?.kind === 'advice');
    for (const locale of LOCALES) {
      if (preset.description[locale].startsWith(USER_PRIORITY[locale]) === advice) {
        problems.push(
          `presets[${index}].description.${locale}: ${advice ? 'cites advice but calls itself' : 'cites no advice but does not say it is'} a user priority`,
        );
      }
    }
  });
  return problems;
}

const edition = editionJson();
const find = (data: Edition, id: string) => data.routes.find((route) => route.id === id)!;

describe('the article’s scores follow the scoring rule', () => {
  it('every score cites at least one clause', () => {
    expect(uncitedScores(edition)).toEqual([]);
  });

  it('every rationale quotes the clauses it cites, and quotes nothing the article does not say', () => {
    expect(quoteProblems(edition)).toEqual([]);
  });

  it('every inferred score says so, with one tag in both languages', () => {
    expect(inferenceProblems(edition)).toEqual([]);
  });

  it('presets sum to 100, and say when they are a user priority rather than advice', () => {
    expect(presetProblems(edition)).toEqual([]);
  });
});

describe('each check can fail', () => {
  it('finds a score that cites nothing', () => {
    const broken = editionJson();
    find(broken, 'gpu').scores.cost!.cites = [];
    expect(uncitedScores(broken)).toEqual(['routes[3].scores.cost: cites nothing']);
  });

  it('finds a quotation of a clause the score does not cite', () => {
    const broken = editionJson();
    // 「生态成熟」 is a GPU strength, but the cost score does not cite it.
    const cost = find(broken, 'gpu').scores.cost!;
    cost.rationale.zh = cost.rationale.zh.replace('「价格昂贵」', '「价格昂贵」「生态成熟」');
    expect(quoteProblems(broken)).toEqual([
      'routes[3].scores.cost.rationale.zh: quotes “生态成熟”, which it does not cite',
    ]);
  });

  it('finds a quotation the article does not have, and a cite left unquoted', () => {
    const broken = editionJson();
    const cost = find(broken, 'lightweight-models').scores.cost!;
    cost.rationale.zh = cost.rationale.zh.replace('「部署灵活」', '「无需云端算力」');
    cost.rationale.en = cost.rationale.en.replace('“flexible deployment”', '"flexible deployment"');
    expect(quoteProblems(broken)).toEqual([
      'routes[2].scores.cost.rationale.zh: quotes “无需云端算力”, which the article does not say',
      'routes[2].scores.cost.rationale.zh: does not quote its cite “部署灵活”',
      'routes[2].scores.cost.rationale.en: quotes with other marks',
      'routes[2].scores.cost.rationale.en: does not quote its cite “Flexible deployment”',
    ]);
  });

  it('finds an inference tagged in one language, worded another way, or missing', () => {
    const broken = editionJson();
    const fpga = find(broken, 'fpga').scores;
    fpga.cost!.rationale.en = fpga.cost!.rationale.en.replace(' (inferred).', ' (an inference).');
    fpga.performance!.rationale.zh = fpga.performance!.rationale.zh.replace('（推断）。', '。此分为推断。');
    fpga.performance!.rationale.en = fpga.performance!.rationale.en.replace(' (inferred).', '.');
    expect(inferenceProblems(broken)).toEqual([
      'routes[5].scores.cost: the inference tag is in one language only',
      'routes[5].scores.cost.rationale.en: says "inferred" other than with the tag (inferred).',
      'routes[5].scores.performance.rationale.zh: says "inferred" other than with the tag （推断）。',
      'routes[5].scores.performance: 3 is always inferred',
    ]);
  });

  it('finds an untagged 1 or 5 that rests on no clause naming its criterion', () => {
    const broken = editionJson();
    const flexibility = find(broken, 'gpu').scores.flexibility!;
    flexibility.rationale.zh = flexibility.rationale.zh.replace('（推断）。', '。');
    flexibility.rationale.en = flexibility.rationale.en.replace(' (inferred).', '.');
    flexibility.cites = ['strengths[1]'];
    expect(inferenceProblems(broken)).toEqual([
      'routes[3].scores.flexibility: 5 cites no strengths clause naming flexibility, so it is inferred',
    ]);
  });

  it('finds presets off the 100 scale or claiming advice they do not cite', () => {
    const broken = editionJson();
    broken.presets[0]!.weights = { cost: 1, performance: 1, flexibility: 1 };
    broken.presets[1]!.cites = ['summary'];
    expect(presetProblems(broken)).toEqual([
      'presets[0].weights: sum to 3, not 100',
      'presets[1].description.zh: cites no advice but does not say it is a user priority',
      'presets[1].description.en: cites no advice but does not say it is a user priority',
    ]);
  });
});

describe('presets that cite advice rank as the advice says', () => {
  const weightsOf = (id: string) => {
    const preset = edition.presets.find((item) => item.id === id)!;
    const total = Object.values(preset.weights).reduce((sum, weight) => sum + weight, 0);
    return Object.fromEntries(Object.entries(preset.weights).map(([key, weight]) => [key, weight / total]));
  };
  const ranked = (trendId: string, presetId: string) =>
    edition.routes
      .filter((route) => route.trendId === trendId)
      .map((route) => ({ id: route.id, overall: overallScore(route, edition.criteria, weightsOf(presetId)) ?? 0 }))
      .sort((a, b) => b.overall - a.overall)
      .map((item) => item.id);

  it('limited budget: with limited resources, contrastive learning first (3.3, advice 1)', () => {
    expect(ranked('multimodal-learning', 'limited-budget')[0]).toBe('contrastive-learning');
  });

  it('training stage: high-performance GPUs or TPUs (an ASIC) for training (2.3, advice 1)', () => {
    expect(ranked('ai-chips', 'training').slice(0, 2).sort()).toEqual(['asic', 'gpu']);
  });
});
