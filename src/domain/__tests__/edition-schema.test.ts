import { describe, expect, it } from 'vitest';
import { parseEdition, parseEditionText, type DataIssue } from '../edition/issues';
import { resolveCite } from '../edition/schema';
import { editionJson } from '../../../tests/utils/edition';

function issuesOf(input: unknown): readonly DataIssue[] {
  const result = parseEdition(input);
  if (result.ok) throw new Error('expected the edition to be rejected');
  return result.issues;
}

describe('edition schema', () => {
  it('accepts the bundled 2024 edition', () => {
    const result = parseEdition(editionJson());
    expect(result.ok).toBe(true);
  });

  it('names a missing field by its JSON path', () => {
    const edition = editionJson() as unknown as { routes: Record<string, unknown>[] };
    delete edition.routes[2]!.weaknesses;
    expect(issuesOf(edition)).toEqual([{ path: 'routes[2].weaknesses', key: 'missingField', values: {} }]);
  });

  it('rejects a score out of range with the value it got', () => {
    const edition = editionJson();
    edition.routes[4]!.scores.cost!.value = 7;
    expect(issuesOf(edition)).toEqual([
      expect.objectContaining({
        path: 'routes[4].scores.cost.value',
        key: 'scoreRange',
        values: expect.objectContaining({ min: 1, max: 5, got: '7' }),
      }),
    ]);
  });

  it('rejects a fractional score', () => {
    const edition = editionJson();
    edition.routes[0]!.scores.performance!.value = 4.5;
    expect(issuesOf(edition).map((issue) => [issue.path, issue.key])).toEqual([
      ['routes[0].scores.performance.value', 'scoreRange'],
    ]);
  });

  it('rejects a route whose trend does not exist', () => {
    const edition = editionJson();
    edition.routes[3]!.trendId = 'quantum-chips';
    expect(issuesOf(edition)).toEqual([
      { path: 'routes[3].trendId', key: 'unknownTrend', values: expect.objectContaining({ id: 'quantum-chips' }) },
    ]);
  });

  it('rejects a duplicate route id at the second occurrence', () => {
    const edition = editionJson();
    edition.routes[5]!.id = edition.routes[4]!.id;
    expect(issuesOf(edition)).toEqual([
      { path: 'routes[5].id', key: 'duplicateId', values: expect.objectContaining({ id: 'asic' }) },
    ]);
  });

  it('rejects a missing translation, whether the key is absent or blank', () => {
    const edition = editionJson() as unknown as {
      routes: { name: Record<string, string> }[];
      trends: { overview: Record<string, string> }[];
    };
    delete edition.routes[1]!.name.en;
    edition.trends[2]!.overview.zh = '   ';
    expect(issuesOf(edition).map((issue) => [issue.path, issue.key, issue.values.locale])).toEqual([
      ['trends[2].overview.zh', 'missingTranslation', 'zh'],
      ['routes[1].name.en', 'missingTranslation', 'en'],
    ]);
  });

  it('rejects a route that does not score every criterion', () => {
    const edition = editionJson();
    delete edition.routes[6]!.scores.flexibility;
    expect(issuesOf(edition)).toEqual([
      {
        path: 'routes[6].scores.flexibility',
        key: 'missingScore',
        values: expect.objectContaining({ id: 'flexibility' }),
      },
    ]);
  });

  it('rejects a rationale that cites a clause the route does not have', () => {
    const edition = editionJson();
    edition.routes[0]!.scores.cost!.cites = ['weaknesses[9]'];
    expect(issuesOf(edition)).toEqual([
      {
        path: 'routes[0].scores.cost.cites[0]',
        key: 'citeOutOfRange',
        values: expect.objectContaining({ cite: 'weaknesses[9]' }),
      },
    ]);
  });

  it('rejects unknown tags and unknown fields', () => {
    const edition = editionJson() as unknown as { routes: Record<string, unknown>[] };
    edition.routes[0]!.tags = ['edge', 'blockchain'];
    edition.routes[1]!.colour = 'red';
    expect(issuesOf(edition)).toEqual([
      { path: 'routes[1]', key: 'unrecognizedKeys', values: { keys: 'colour' } },
      { path: 'routes[0].tags[1]', key: 'unknownTag', values: expect.objectContaining({ id: 'blockchain' }) },
    ]);
  });

  it('keeps criteria off the ids of the fixed table columns', () => {
    const edition = editionJson();
    edition.criteria[1]!.id = 'overall';
    for (const route of edition.routes) route.scores.overall = route.scores.performance!;
    expect(issuesOf(edition).filter((issue) => issue.key === 'reservedId')).toEqual([
      { path: 'criteria[1].id', key: 'reservedId', values: expect.objectContaining({ id: 'overall' }) },
    ]);
  });

  it('reports a JSON syntax error instead of throwing', () => {
    const result = parseEditionText('{ "id": "2024", ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.key).toBe('notJson');
  });

  it('lists every shape problem at once', () => {
    const edition = editionJson();
    edition.routes[0]!.scores.cost!.value = 0;
    edition.routes[8]!.scores.performance!.value = 6;
    expect(issuesOf(edition).map((issue) => issue.path)).toEqual([
      'routes[0].scores.cost.value',
      'routes[8].scores.performance.value',
    ]);
  });
});

describe('edition schema, hostile input', () => {
  it('does not take inherited properties for scores', () => {
    const edition = editionJson();
    edition.criteria.push({ ...edition.criteria[0]!, id: 'constructor' });
    expect(issuesOf(edition).filter((issue) => issue.key === 'missingScore')).toHaveLength(9);
  });

  it('reports a "__proto__" key instead of dropping it', () => {
    const text = JSON.stringify(editionJson()).replace('"scores":{', '"scores":{"__proto__":{"value":9},');
    const result = parseEditionText(text);
    expect(!result.ok && result.issues).toEqual([
      { path: 'routes[0].scores.__proto__', key: 'forbiddenKey', values: { name: '__proto__' } },
    ]);
  });

  it('treats zero-width text as a missing translation', () => {
    const edition = editionJson();
    edition.routes[0]!.name.en = '\u200b';
    expect(issuesOf(edition).map((issue) => [issue.path, issue.key])).toEqual([
      ['routes[0].name.en', 'missingTranslation'],
    ]);
  });

  it('rejects an edition without routes, a trend without routes and repeated tags or cites', () => {
    const empty = editionJson();
    empty.routes = [];
    expect(issuesOf(empty).map((issue) => [issue.path, issue.key])).toEqual([
      ['routes', 'tooSmall'],
      ['trends[0].id', 'emptyTrend'],
      ['trends[1].id', 'emptyTrend'],
      ['trends[2].id', 'emptyTrend'],
    ]);

    const edition = editionJson();
    edition.routes = edition.routes.filter((route) => route.trendId !== 'ai-chips');
    edition.routes[0]!.tags = ['edge', 'edge'];
    edition.routes[0]!.scores.cost!.cites = ['weaknesses[0]', 'weaknesses[0]'];
    expect(issuesOf(edition).map((issue) => [issue.path, issue.key])).toEqual([
      ['trends[1].id', 'emptyTrend'],
      ['routes[0].tags[1]', 'repeatedItem'],
      ['routes[0].scores.cost.cites[1]', 'repeatedItem'],
    ]);
  });

  it('ignores a byte-order mark and gives line and column of a JSON syntax error', () => {
    expect(parseEditionText(`\ufeff${JSON.stringify(editionJson())}`).ok).toBe(true);
    const result = parseEditionText('{\n  "id": "2024",\n  "title": ,\n}');
    expect(!result.ok && result.issues[0]).toEqual({
      path: '',
      key: 'notJson',
      values: { message: 'ValueExpected', line: 3, column: 12 },
    });
  });
});

describe('resolveCite', () => {
  const route = editionJson().routes.find((item) => item.id === 'fpga')!;
  it('finds the cited clause, and nothing for a cite out of range or malformed', () => {
    expect(resolveCite(route, 'weaknesses[0]')).toEqual({
      kind: 'weaknesses',
      text: { zh: '性能不及 ASIC', en: 'Lower performance than ASIC' },
    });
    expect(resolveCite(route, 'strengths[2]')).toBeUndefined();
    expect(resolveCite(route, 'strength[0]')).toBeUndefined();
  });
});
