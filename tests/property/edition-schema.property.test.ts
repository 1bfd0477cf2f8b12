import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatJsonPath,
  parseEdition,
  parseEditionText,
  type EditionParseResult,
} from '../../src/domain/edition/issues';
import { SCORE_MAX, SCORE_MIN } from '../../src/domain/edition/schema';
import { editionJson } from '../utils/edition';
import { awkwardText, RUNS } from './generators';

type Path = readonly (string | number)[];

/** Every path in a JSON value (objects' keys and arrays' indices), the root left out. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index): [number, unknown] => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  return path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<
    string | number,
    unknown
  >;
}

function set(root: unknown, path: Path, value: unknown): void {
  const last = path.at(-1);
  if (last !== undefined) parentOf(root, path)[last] = value;
}

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

const bundledPaths = pathsOf(editionJson());

function expectParseOutcome(result: EditionParseResult): void {
  if (result.ok) {
    expect(parseEdition(result.edition).ok).toBe(true);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.key).toBe('string');
    for (const value of Object.values(issue.values)) expect(['string', 'number']).toContain(typeof value);
  }
}

/** True when an issue is at `path`, inside it, or at the object that lacks it. */
function names(result: EditionParseResult, path: Path): boolean {
  const target = formatJsonPath(path);
  return !result.ok && result.issues.some((issue) => issue.path === target || issue.path.startsWith(target));
}

describe('edition schema (properties)', () => {
  it('any JSON value parses to an edition or to issues, as a data file and as My routes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('data' as const, 'user' as const), (value, kind) => {
        expectParseOutcome(parseEdition(value, kind));
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('any text parses to an edition or to issues, syntax errors with a line and column', () => {
    const text = fc.oneof(
      awkwardText,
      fc.json(),
      fc.tuple(fc.nat(), awkwardText).map(([cut, junk]) => {
        const json = JSON.stringify(editionJson());
        const at = cut % json.length;
        return json.slice(0, at) + junk + json.slice(at + 1);
      }),
    );
    fc.assert(
      fc.property(text, (source) => {
        const result = parseEditionText(source);
        expectParseOutcome(result);
        if (!result.ok) {
          for (const issue of result.issues.filter((item) => item.key === 'notJson')) {
            expect(issue.values.line).toBeGreaterThanOrEqual(1);
            expect(issue.values.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      // Each spliced case parses the whole bundled file: the slowest run here.
      { numRuns: RUNS.heavy },
    );
  });

  it('the bundled edition stays valid and unchanged through a parse and a JSON round trip', () => {
    const first = parseEdition(editionJson());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = parseEdition(JSON.parse(JSON.stringify(first.edition)));
    expect(second).toEqual(first);
  });

  it('a field swapped for a value of another type is rejected, naming that field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bundledPaths), fc.jsonValue(), (path, replacement) => {
        const edition = editionJson();
        const before = parentOf(edition, path)[path.at(-1) ?? ''];
        fc.pre(jsonType(replacement) !== jsonType(before));
        set(edition, path, replacement);
        const result = parseEdition(edition);
        expect(result.ok).toBe(false);
        expect(names(result, path)).toBe(true);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('a dropped object field is either optional or reported at its path', () => {
    const objectKeys = bundledPaths.filter((path) => typeof path.at(-1) === 'string');
    fc.assert(
      fc.property(fc.constantFrom(...objectKeys), (path) => {
        const edition = editionJson();
        const parent = parentOf(edition, path);
        Reflect.deleteProperty(parent, path.at(-1) ?? '');
        const result = parseEdition(edition);
        expectParseOutcome(result);
        // The schema's optional fields: a route's full name, a criterion's aliases, a preset's weight.
        const optional =
          path.at(-1) === 'fullName' ||
          (path[0] === 'criteria' && path.at(-1) === 'aliases') ||
          (path[0] === 'presets' && path[2] === 'weights');
        if (!optional) expect(names(result, path)).toBe(true);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('a score outside 1–5 or fractional is rejected at that score', () => {
    const scorePaths = bundledPaths.filter((path) => path[0] === 'routes' && path.at(-1) === 'value');
    const badScore = fc.oneof(
      fc.integer().filter((n) => n < SCORE_MIN || n > SCORE_MAX),
      // Finite, as JSON can write them.
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...scorePaths), badScore, (path, score) => {
        const edition = editionJson();
        set(edition, path, score);
        const result = parseEdition(edition);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.issues.map((issue) => [issue.path, issue.key])).toEqual([[formatJsonPath(path), 'scoreRange']]);
        }
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('a dangling reference is rejected at the reference', () => {
    const edition = editionJson();
    const references: fc.Arbitrary<{ path: Path; value: unknown; key: string }> = fc.oneof(
      fc.nat(edition.routes.length - 1).map((index) => ({
        path: ['routes', index, 'trendId'],
        value: 'no-such-trend',
        key: 'unknownTrend',
      })),
      fc.nat(edition.routes.length - 1).map((index) => ({
        path: ['routes', index, 'tags', edition.routes[index]?.tags.length ?? 0],
        value: 'no-such-tag',
        key: 'unknownTag',
      })),
      fc.nat(edition.routes.length - 1).map((index) => ({
        path: ['routes', index, 'scores', 'cost', 'cites', edition.routes[index]?.scores.cost?.cites.length ?? 0],
        value: 'strengths[99]',
        key: 'citeOutOfRange',
      })),
      fc.nat(edition.presets.length - 1).map((index) => ({
        path: ['presets', index, 'cites', edition.presets[index]?.cites.length ?? 0],
        value: 'trends.no-such-trend.advice[0]',
        key: 'badAdviceCite',
      })),
    );
    fc.assert(
      fc.property(references, ({ path, value, key }) => {
        const broken = editionJson();
        set(broken, path, value);
        const result = parseEdition(broken);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.issues).toContainEqual(expect.objectContaining({ path: formatJsonPath(path), key }));
      }),
      { numRuns: RUNS.normal },
    );
  });
});
