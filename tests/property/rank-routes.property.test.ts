import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../src/domain/edition/schema';
import { overallScore } from '../../src/domain/scoring';
import { rankRoutes } from '../../src/features/decide/model/decide';
import { bundledEdition, RUNS } from './generators';

const edition = bundledEdition();
const { criteria } = edition;
const template = edition.routes[0] as Route;

// Scores 1–3 or none, so many routes tie and some have no score at all.
const scoreOrNone = fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined });
const routes = fc.array(fc.tuple(scoreOrNone, scoreOrNone, scoreOrNone), { maxLength: 40 }).map((rows) =>
  rows.map((values, index): Route => {
    const scores: Route['scores'] = {};
    criteria.forEach((criterion, at) => {
      const value = values[at];
      const base = template.scores[criterion.id];
      if (value !== undefined && base) scores[criterion.id] = { ...base, value };
    });
    return { ...template, id: `r-${index}`, scores };
  }),
);
const weights = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map((parts) => Object.fromEntries(criteria.map((criterion, at) => [criterion.id, parts[at] ?? 0])));

describe('rankRoutes', () => {
  it('gives each route one more than the routes ranked above it, shared by equal scores, with none last', () => {
    fc.assert(
      fc.property(routes, weights, (given, chosen) => {
        const ranking = rankRoutes(given, criteria, chosen);
        expect(ranking.map((item) => item.route.id).sort()).toEqual(given.map((route) => route.id).sort());
        const overall = (route: Route) => overallScore(route, criteria, chosen);
        for (const item of ranking) {
          const mine = overall(item.route);
          const better = given.filter((route) => {
            const theirs = overall(route);
            return theirs !== undefined && (mine === undefined || theirs > mine);
          }).length;
          const equal = given.filter((route) => overall(route) === mine).length;
          expect(item.rank).toBe(better + 1);
          expect(item.tied).toBe(equal > 1);
        }
      }),
      { numRuns: RUNS.normal },
    );
  });
});
