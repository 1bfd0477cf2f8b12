import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../../src/domain/data-issues';
import type { Edition } from '../../../src/domain/edition-schema';
import { UTF8_BOM } from '../../../src/domain/export';
import { importText } from '../../../src/domain/import-file';
import { FIELD_HEADERS, type ImportContext, type ImportResult } from '../../../src/domain/import-routes';
import { myRoutesEdition } from '../../../src/domain/my-routes';
import { importTexts, myRoutesTexts } from '../../../src/lib/bilingual-texts';
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
