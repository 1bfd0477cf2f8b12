import { describe, expect, it } from 'vitest';
import article from '../../../../data/ai-trends-2024.json';
import type { Edition } from '../../../domain/edition/schema';
import { userEditionTexts } from '../bilingual-texts';
import { planCsvComparison } from '../model/csv-comparison';
import { readComparisonFile } from '../model/comparison-file';
import { toDisplayEdition, UNGROUPED_TREND_ID, untranslatedLocale, type UserEdition } from '../model/user-edition';
import { copyOfEdition } from '../model/new-user-edition';
import { checkUserEdition, userEditionProblems } from '../model/user-edition-schema';

const edition2024 = article as unknown as Edition;

/** A small comparison: two criteria, a group, two routes (one ungrouped), one empty cell, Chinese-only text. */
function databases(): UserEdition {
  return {
    kind: 'user',
    id: 'c-databases',
    title: { en: 'Which database?' },
    introduction: { en: 'For the order service.' },
    criteria: [
      {
        id: 'latency',
        label: { en: 'Latency', zh: '延迟' },
        definition: { en: 'How fast a read returns.' },
        scale: { low: { en: 'Over 50 ms' }, high: { en: 'Under 5 ms' } },
      },
      {
        id: 'familiarity',
        label: { en: 'Team familiarity' },
        definition: { en: 'How well the team knows it.' },
        scale: { low: { en: 'New to all' }, high: { en: 'Daily use' } },
      },
    ],
    trends: [{ id: 'relational', name: { en: 'Relational' } }],
    tags: [],
    routes: [
      {
        id: 'postgres',
        trendId: 'relational',
        name: { en: 'PostgreSQL' },
        strengths: [{ zh: '生态成熟' }],
        weaknesses: [],
        tags: [],
        examples: [],
        scores: {
          latency: {
            value: 4,
            rationale: { en: 'Fast enough with indexes.' },
            cites: ['strengths[0]'],
            confidence: 'inferred',
          },
          familiarity: { value: 5, cites: [] },
        },
      },
      {
        id: 'dynamodb',
        name: { en: 'DynamoDB' },
        strengths: [],
        weaknesses: [],
        tags: [],
        examples: [],
        scores: { latency: { value: 5, cites: [] } },
      },
    ],
    presets: [],
  };
}

describe('a user edition as the page shows it', () => {
  it('fills a missing language from the other and marks it untranslated, and keeps both when both exist', () => {
    const shown = toDisplayEdition(databases(), userEditionTexts);
    const strength = shown.routes[0]!.strengths[0]!;
    expect(strength).toEqual({ zh: '生态成熟', en: '生态成熟' });
    expect(untranslatedLocale(strength)).toBe('en');
    expect(shown.criteria[0]!.label).toEqual({ en: 'Latency', zh: '延迟' });
    expect(untranslatedLocale(shown.criteria[0]!.label)).toBeUndefined();
    expect(untranslatedLocale(shown.title)).toBe('zh');
  });

  it('leaves an empty cell out (shown as missing, never 0), and keeps the confidence', () => {
    const shown = toDisplayEdition(databases(), userEditionTexts);
    const dynamo = shown.routes.find((route) => route.id === 'dynamodb')!;
    expect(Object.keys(dynamo.scores)).toEqual(['latency']);
    expect(shown.routes[0]!.scores.latency).toMatchObject({
      value: 4,
      confidence: 'inferred',
      cites: ['strengths[0]'],
    });
  });

  it('puts a route of no group under "Ungrouped", named in both languages', () => {
    const shown = toDisplayEdition(databases(), userEditionTexts);
    expect(shown.routes.find((route) => route.id === 'dynamodb')!.trendId).toBe(UNGROUPED_TREND_ID);
    expect(shown.trends.map((trend) => trend.name)).toEqual([
      { en: 'Relational', zh: 'Relational' },
      { en: 'Ungrouped', zh: '未分组' },
    ]);
  });

  it('says what it lacks at each field: an empty cell, a text in neither language, a cite past its list', () => {
    const edition = databases();
    const broken: UserEdition = {
      ...edition,
      criteria: [{ ...edition.criteria[0]!, label: { en: ' ' } }, edition.criteria[1]!],
      routes: [
        {
          ...edition.routes[0]!,
          scores: { ...edition.routes[0]!.scores, latency: { value: 4, cites: ['weaknesses[2]'] } },
        },
        edition.routes[1]!,
      ],
    };
    expect(userEditionProblems(broken).map(({ path, key }) => `${path} ${key}`)).toEqual([
      'criteria[0].label missingText',
      'routes[0].scores.latency.cites[0] citeOutOfRange',
      'routes[1].scores.familiarity notScored',
    ]);
  });
});

describe('a copy of the article, exported and read back', () => {
  it('keeps every criterion, route, score, rationale and cite, and comes back unchanged as a new comparison', () => {
    const copy = copyOfEdition(edition2024, 'c-copy', { en: 'My AI chips' });
    expect(copy.routes).toHaveLength(9);
    expect(copy.routes.find((route) => route.id === 'asic')!.scores.cost).toEqual({
      value: edition2024.routes.find((route) => route.id === 'asic')!.scores.cost!.value,
      rationale: edition2024.routes.find((route) => route.id === 'asic')!.scores.cost!.rationale,
      cites: edition2024.routes.find((route) => route.id === 'asic')!.scores.cost!.cites,
    });
    const check = checkUserEdition(JSON.parse(JSON.stringify(copy)));
    expect(check.ok && check.problems).toEqual([]);
    const file = new TextEncoder().encode(`${JSON.stringify(copy, null, 2)}\n`);
    const read = readComparisonFile('my-ai-chips.json', file, { id: 'c-again', title: {}, locale: 'en' });
    expect(read.ok && read.edition).toEqual({ ...copy, id: 'c-again' });
  });
});

describe('a CSV as a new comparison', () => {
  const rows = [
    ['Name', 'Group', 'Latency', 'Latency reason', 'Ecosystem', 'Notes', 'Overall'],
    ['PostgreSQL', 'Relational', '4', 'Indexes', '5', 'mature', '4.5'],
    ['DynamoDB', '', '5', '', '', 'managed', '5'],
    ['Cassandra', 'Wide column', '7', '', '3', '', '3'],
    ['', 'Relational', '2', '', '2', '', ''],
  ];

  it('offers numeric columns as criteria named after their headers, and reads each reason column', () => {
    const plan = planCsvComparison(rows, { id: 'c-csv', title: { en: 'Databases' }, locale: 'en' });
    expect(plan.criteriaHeaders).toEqual(['Latency', 'Ecosystem']);
    expect(plan.edition.criteria.map((criterion) => criterion.id)).toEqual(['latency', 'ecosystem']);
    expect(plan.ignoredColumns).toEqual(['Notes', 'Overall']);
    const postgres = plan.edition.routes[0]!;
    expect(postgres.scores).toEqual({
      latency: { value: 4, rationale: { en: 'Indexes' }, cites: [] },
      ecosystem: { value: 5, cites: [] },
    });
    expect(plan.edition.routes[1]!.trendId).toBeUndefined();
    expect(plan.edition.trends.map((trend) => trend.id)).toEqual(['relational', 'wide-column']);
  });

  it('gives a route named many times one id each, in order (a file repeating one name 20 000 times)', () => {
    const repeated = [['Name', 'Latency'], ...Array.from({ length: 20_000 }, () => ['Route name here', '3'])];
    const plan = planCsvComparison(repeated, { id: 'c-csv', title: { en: 'Repeats' }, locale: 'en' });
    const ids = plan.edition.routes.map((route) => route.id);
    expect(ids.slice(0, 3)).toEqual(['route-name-here', 'route-name-here-2', 'route-name-here-3']);
    expect(ids.at(-1)).toBe('route-name-here-20000');
    expect(new Set(ids).size).toBe(20_000);
  });

  it('reports a score outside 1–5 and a row with no name by row and column, and leaves them out', () => {
    const plan = planCsvComparison(rows, { id: 'c-csv', title: { en: 'Databases' }, locale: 'en' });
    expect(plan.problems).toEqual([
      { row: 4, column: 'Latency', kind: 'badScore', value: '7' },
      { row: 5, column: 'Name', kind: 'noName', value: '' },
    ]);
    expect(plan.edition.routes.map((route) => route.id)).toEqual(['postgresql', 'dynamodb', 'cassandra']);
    expect(plan.edition.routes[2]!.scores.latency).toBeUndefined();
  });
});

describe('a CSV that makes no usable comparison', () => {
  it('reads a header written twice once, from its first column, and lists the second as not read', () => {
    const plan = planCsvComparison(
      [
        ['Name', 'Speed', 'Speed', 'Cost'],
        ['Kafka', '5', '1', '3'],
      ],
      { id: 'c-dup', title: {}, locale: 'en' },
    );
    expect(plan.edition.criteria.map((criterion) => criterion.id)).toEqual(['speed', 'cost']);
    expect(plan.edition.routes[0]!.scores.speed).toEqual({ value: 5, cites: [] });
    expect(plan.ignoredColumns).toEqual(['Speed']);
  });

  it('has no criterion when no column holds scores, and no route when only a header is there', () => {
    expect(planCsvComparison([['Name', 'Notes']], { id: 'c-x', title: {}, locale: 'en' }).edition).toMatchObject({
      criteria: [],
      routes: [],
    });
  });
});
