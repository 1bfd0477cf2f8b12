import { describe, expect, it } from 'vitest';
import type { Edition } from '../../../domain/edition/schema';
import { toEditionJson } from '../../../domain/table-formats';
import { importText } from '../model/import-file';
import { addImported, removeRoutes, toMyRoutesRecord } from '../model/my-routes';
import { validateStoredMyRoutes } from '../model/validate-my-routes';
import { importTexts, myRoutesTexts } from '../bilingual-texts';
import { bundled, contextFor, importCsv } from './import-fixtures';

describe('JSON import', () => {
  it('our JSON export re-imports as the same routes, trends and tags', () => {
    const edition = bundled();
    const json = toEditionJson(edition, ['gpu', 'asic']);
    const result = importText(json, contextFor(edition, 'view.json'), importTexts, { criteriaFixed: true });
    expect(result.problems).toEqual([]);
    expect(result.routes).toEqual(edition.routes.filter((route) => ['gpu', 'asic'].includes(route.id)));
    expect(result.trends.map((trend) => trend.id)).toEqual(['ai-chips']);
  });

  it('sets a broken route aside with its JSON path and imports the rest', () => {
    const edition = bundled();
    const file = JSON.parse(toEditionJson(edition, ['gpu', 'asic', 'fpga'])) as Edition;
    file.routes[1]!.scores.cost!.value = 7;
    const result = importText(JSON.stringify(file), contextFor(edition, 'x.json'), importTexts, {
      criteriaFixed: true,
    });
    expect(result.routes.map((route) => route.id)).toEqual(['gpu', 'fpga']);
    expect(result.problems.map((problem) => problem.column)).toEqual(['routes[1].scores.cost.value']);
  });

  it('refuses a file scored on other criteria than My routes', () => {
    const edition = bundled();
    const file = JSON.parse(toEditionJson(edition, ['gpu'])) as Edition;
    file.criteria = file.criteria.slice(0, 2);
    for (const route of file.routes) delete route.scores.flexibility;
    const result = importText(JSON.stringify(file), contextFor(edition, 'x.json'), importTexts, {
      criteriaFixed: true,
    });
    expect(result.routes).toEqual([]);
    expect(result.problems.map((problem) => problem.issue.key)).toEqual(['criteriaMismatch']);
  });
});

describe('My routes', () => {
  it('adds imports after what it holds, never replacing, and drops trends and tags no route uses', () => {
    const edition = bundled();
    const first = importCsv('Name,Trend,Tags,Cost,Performance,Flexibility\r\nA,,edge,3,3,3\r\n', edition);
    const stored = addImported(undefined, first);
    const taken = new Set(stored.routes.map((route) => route.id));
    const second = importText(
      'Name,Cost,Performance,Flexibility\r\nA,1,1,1\r\n',
      contextFor(edition, 'b.csv', [...taken]),
      importTexts,
      {
        criteriaFixed: true,
      },
    );
    const both = addImported(stored, second);

    expect(both.routes.map((route) => [route.id, route.scores.cost?.value])).toEqual([
      ['a', 3],
      ['a-2', 1],
    ]);
    const read = validateStoredMyRoutes(structuredClone(both), myRoutesTexts);
    expect(read.ok && read.edition?.routes.length).toBe(2);

    const left = removeRoutes(both, new Set(['a']));
    expect(left?.tags).toEqual([]);
    expect(left?.trends.map((trend) => trend.id)).toEqual(['my-routes']);
    expect(left && removeRoutes(left, new Set(['a-2']))).toBeUndefined();
  });

  it('renames only an imported route whose id is held, to an id no held or imported route has', () => {
    const edition = bundled();
    const held = addImported(undefined, importCsv('Name,Cost,Performance,Flexibility\r\nA,3,3,3\r\n', edition));
    // Told of no taken ids (another tab imported meanwhile), the importer gives "a" and "a-2" as
    // they are, in either order.
    const csv = (names: string[]) =>
      importCsv(
        ['Name,Cost,Performance,Flexibility', ...names.map((name, n) => `${name},${n + 1},1,1`)].join('\r\n'),
        edition,
      );
    const aThenA2 = csv(['A', 'A 2']);
    const a2ThenA = csv(['A 2', 'A']);
    expect(aThenA2.routes.map((route) => route.id)).toEqual(['a', 'a-2']);
    expect(a2ThenA.routes.map((route) => route.id)).toEqual(['a-2', 'a']);
    const ids = (record: ReturnType<typeof addImported>) =>
      record.routes.map((route) => [route.id, route.scores.cost?.value]);
    expect(ids(addImported(held, aThenA2))).toEqual([
      ['a', 3],
      ['a-3', 1],
      ['a-2', 2],
    ]);
    expect(ids(addImported(held, a2ThenA))).toEqual([
      ['a', 3],
      ['a-2', 1],
      ['a-3', 2],
    ]);
    // The same with the held ids handed in, as the page does with its route index.
    const index = new Map(held.routes.map((route, position) => [route.id, position]));
    expect(ids(addImported(held, a2ThenA, index))).toEqual(ids(addImported(held, a2ThenA)));
    // What was merged reads back as My routes (ids unique), and the held record is unchanged.
    expect(validateStoredMyRoutes(structuredClone(addImported(held, a2ThenA)), myRoutesTexts).ok).toBe(true);
    expect(held.routes.map((route) => route.id)).toEqual(['a']);
  });

  it('keeps the imported routes array itself when nothing was held', () => {
    const edition = bundled();
    const imported = importCsv('Name,Cost,Performance,Flexibility\r\nA,3,3,3\r\nB,1,1,1\r\n', edition);
    expect(addImported(undefined, imported).routes).toBe(imported.routes);
    const emptied = { ...addImported(undefined, imported), routes: [] };
    expect(addImported(emptied, imported).routes).toBe(imported.routes);
  });

  it('reports a corrupt stored record instead of building from it', () => {
    const edition = bundled();
    const record = toMyRoutesRecord(edition);
    expect(validateStoredMyRoutes({ ...record, version: 9 }, myRoutesTexts)).toMatchObject({ ok: false });
    const broken = structuredClone(record) as unknown as { routes: { trendId: string }[] };
    broken.routes[0]!.trendId = 'nowhere';
    const read = validateStoredMyRoutes(broken, myRoutesTexts);
    expect(read.ok ? [] : read.issues.map((issue) => issue.path)).toEqual(['routes[0].trendId']);
    expect(validateStoredMyRoutes(undefined, myRoutesTexts)).toEqual({ ok: true, edition: undefined });
  });
});
