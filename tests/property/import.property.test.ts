import { normalizeForSearch } from '../../src/domain/locale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../src/domain/edition/issues';
import type { Edition, LocalizedText, Route } from '../../src/domain/edition/schema';
import { toCsv, UTF8_BOM } from '../../src/domain/table-formats';
import { importText } from '../../src/features/my-editions/model/import-file';
import { FIELD_HEADERS } from '../../src/features/my-editions/model/csv-columns';
import type { ImportContext, ImportResult } from '../../src/features/my-editions/model/import-types';
import { myRoutesEdition } from '../../src/features/my-editions/model/my-routes';
import { viewTable } from '../../src/features/explore/model/export-table';
import { buildRouteRows } from '../../src/features/explore/model/route-rows';
import { importTexts, myRoutesTexts } from '../../src/features/my-editions/bilingual-texts';
import { createI18n } from '../../src/lib/i18n/i18n';
import { bundledStrings } from '../../src/lib/i18n/bundled-strings';
import { awkwardText, bundledEdition, numberText, RUNS } from './generators';

const edition = bundledEdition();

function contextFor(source: Edition, fileName: string): ImportContext {
  return {
    fileName,
    criteria: source.criteria,
    trends: source.trends,
    tags: source.tags,
    sourceRoutes: source.routes,
    takenRouteIds: new Set(['gpu', 'my-route']),
  };
}

const headerCell = fc.oneof(
  fc.constantFrom(...Object.values(FIELD_HEADERS).flat()),
  fc.constantFrom(...edition.criteria.flatMap((criterion) => [criterion.id, criterion.label.zh, criterion.label.en])),
  fc.constantFrom('名称 / Name', 'ID', 'Overall', ''),
  awkwardText,
);
const dataCell = fc.oneof(
  numberText,
  fc.constantFrom(...edition.routes.flatMap((route) => [route.id, route.name.en, route.name.zh])),
  fc.constantFrom(...edition.trends.map((trend) => trend.name.en), ...edition.tags.map((tag) => tag.label.zh)),
  fc.constantFrom('=SUM(1,1)', "'=1+1", '+1', '-2', '@x', '\t3', '"', '""', 'a "b" c', '储能; 氢能', 'x，y、z', ''),
  awkwardText,
);

/** A CSV as spreadsheet apps and hand edits write it: any delimiter, line ending, quoting and BOM. */
const csvText: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    header: fc.array(headerCell, { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(dataCell, { maxLength: 9 }), { maxLength: 6 }),
    quoting: fc.constantFrom('none', 'all', 'random'),
    seed: fc.nat(),
  })
  .map(({ bom, delimiter, newline, header, rows, quoting, seed }) => {
    const quote = (cell: string, index: number) =>
      quoting === 'all' || (quoting === 'random' && (seed >> (index % 30)) & 1)
        ? `"${cell.replace(/"/g, '""')}"`
        : cell;
    const line = (cells: readonly string[]) => cells.map(quote).join(delimiter);
    return (bom ? UTF8_BOM : '') + [header, ...rows].map(line).join(newline);
  });

function expectImportOutcome(result: ImportResult, context: ImportContext): void {
  const ids = result.routes.map((route) => route.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(context.takenRouteIds.has(id)).toBe(false);
  expect(result.rowCount).toBeGreaterThanOrEqual(result.routes.length);
  // The routes, with the trends and tags they need, make a valid My routes edition.
  if (result.routes.length > 0) {
    const built = myRoutesEdition(
      { version: 1, criteria: result.criteria, trends: result.trends, tags: result.tags, routes: result.routes },
      myRoutesTexts,
    );
    const parsed = parseEdition(built, 'user');
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  }
  for (const problem of result.problems) {
    if (result.format === 'csv') {
      expect(Number.isInteger(problem.row) && (problem.row ?? 0) >= 1).toBe(true);
      // Only a problem of the whole file or of a whole row has no column to name.
      if (problem.column === undefined) {
        expect(['noNameColumn', 'csvUnclosedQuote', 'csvStrayQuote']).toContain(problem.issue.key);
      }
    }
    expect(typeof problem.issue.key).toBe('string');
  }
}

describe('file import (properties)', () => {
  it('any CSV-ish text imports to valid routes and problems by row and column, never a throw', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const context = contextFor(edition, 'routes.csv');
        expectImportOutcome(importText(text, context, importTexts, { criteriaFixed: false }), context);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('any text at all imports without a throw, as CSV or (sniffed) as JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          awkwardText,
          fc.json(),
          fc.jsonValue().map((value) => `{"routes":${JSON.stringify(value)}}`),
        ),
        fc.constantFrom('routes.csv', 'routes.json', 'routes'),
        fc.boolean(),
        (text, fileName, criteriaFixed) => {
          const context = contextFor(edition, fileName);
          expectImportOutcome(importText(text, context, importTexts, { criteriaFixed }), context);
        },
      ),
      { numRuns: RUNS.normal },
    );
  });
});

// Text as a route holds it: trimmed and visible. Fragments reach quotes, delimiters, line breaks,
// CJK, full-width forms and the characters spreadsheets read as formulas.
const fragment = fc.constantFrom(
  'GPU',
  'edge',
  '芯片',
  '路线',
  'Ａ',
  '"',
  ',',
  '\n',
  '=',
  '+',
  '-',
  '@',
  "'",
  ' ',
  '|',
  '/',
  'é',
  '👩‍💻',
);
function text(options: { readonly lists: boolean }): fc.Arbitrary<string> {
  return fc
    .array(options.lists ? fragment : fc.oneof(fragment, fc.constantFrom(';', '；')), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join('').trim())
    .filter((joined) => /[^\s\u200b-\u200d\u2060\ufeff]/u.test(joined));
}
const localized = (options: { readonly lists: boolean }): fc.Arbitrary<LocalizedText> =>
  fc.oneof(
    fc.record({ zh: text(options), en: text(options) }),
    text(options).map((same) => ({ zh: same, en: same })),
  );

function distinctTexts(items: readonly LocalizedText[]): boolean {
  const seen = new Set<string>();
  return items.every((item) => {
    const own = new Set([item.zh, item.en]);
    if ([...own].some((value) => seen.has(value))) return false;
    for (const value of own) seen.add(value);
    return true;
  });
}

// A list cell is split on semicolons, and each item is matched back by its text.
const clauseList = fc.array(localized({ lists: true }), { maxLength: 3 }).filter(distinctTexts);

const route = (index: number): fc.Arbitrary<Route> =>
  fc
    .record({
      trendId: fc.constantFrom(...edition.trends.map((trend) => trend.id)),
      name: localized({ lists: false }),
      fullName: fc.option(localized({ lists: false }), { nil: undefined }),
      strengths: clauseList,
      weaknesses: clauseList,
      tags: fc.shuffledSubarray(edition.tags.map((tag) => tag.id)),
      values: fc.tuple(...edition.criteria.map(() => fc.integer({ min: 1, max: 5 }))),
      rationale: localized({ lists: false }),
      citeSeed: fc.nat(),
    })
    .map(({ fullName, values, rationale, citeSeed, ...rest }) => {
      const clauses = [
        ...rest.strengths.map((_, i) => `strengths[${i}]`),
        ...rest.weaknesses.map((_, i) => `weaknesses[${i}]`),
      ];
      return {
        id: `route-${index}`,
        ...rest,
        ...(fullName ? { fullName } : {}),
        aliases: [],
        examples: [],
        scores: Object.fromEntries(
          edition.criteria.map((criterion, i) => [
            criterion.id,
            {
              value: values[i] ?? 3,
              rationale,
              cites: clauses.filter((_, c) => (citeSeed >> (c + i)) & 1),
            },
          ]),
        ),
      };
    });

/** The search keys a row's name is matched by: each route's must be its own. */
function nameKeys(item: Route): string[] {
  return [item.name, ...(item.fullName ? [item.fullName] : [])].flatMap((t) => [
    normalizeForSearch(t.zh),
    normalizeForSearch(t.en),
  ]);
}

const routes = fc
  .integer({ min: 1, max: 5 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => route(index))))
  .filter((list) => {
    const keys = list.map((item) => new Set(nameKeys(item)));
    return keys.every((own, i) => keys.every((other, j) => i === j || [...own].every((key) => !other.has(key))));
  });

const ALL_COLUMNS = [
  'route',
  'trend',
  ...edition.criteria.map((c) => c.id),
  'overall',
  'strengths',
  'weaknesses',
  'tags',
];

describe('CSV export → import round trip (properties)', () => {
  it.each(['en', 'zh'] as const)('routes exported as %s CSV re-import equal', (lng) => {
    const t = createI18n({ lng, strings: bundledStrings }).t;
    const label = (id: string) =>
      edition.criteria.find((criterion) => criterion.id === id)?.label[lng] ??
      t(`routes.columns.${id}` as 'routes.columns.route');
    fc.assert(
      fc.property(routes, (generated) => {
        const used = new Set(generated.map((item) => item.trendId));
        const source: Edition = {
          ...edition,
          trends: edition.trends.filter((trend) => used.has(trend.id)),
          routes: generated,
          presets: [],
        };
        // The generator must make valid routes, or the round trip proves nothing.
        const valid = parseEdition(source, 'user');
        expect(valid.ok ? [] : valid.issues).toEqual([]);

        const csv = toCsv(viewTable(buildRouteRows(source, lng), ALL_COLUMNS, label));
        const result = importText(csv, { ...contextFor(source, 'export.csv'), takenRouteIds: new Set() }, importTexts, {
          criteriaFixed: true,
        });

        expect(result.problems).toEqual([]);
        expect(result.rowCount).toBe(generated.length);
        expect(result.routes).toEqual(generated);
      }),
      { numRuns: RUNS.heavy },
    );
  });
});
