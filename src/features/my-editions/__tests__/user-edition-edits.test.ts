import { describe, expect, it } from 'vitest';
import {
  addListItem,
  addRoute,
  parseTagLabels,
  removeListItem,
  removeRoute,
  setRouteTags,
  setRouteTrend,
} from '../model/route-edits';
import { setScoreConfidence, setScoreRationale, setScoreValue, toggleScoreCite } from '../model/score-edits';
import { MAX_CRITERIA } from '../model/user-edition';
import {
  addCriterion,
  addTrend,
  moveCriterion,
  removeCriterion,
  removeTrend,
  setCriterionText,
  setEditionText,
  withText,
} from '../model/user-edition-edits';
import { userEditionProblems } from '../model/user-edition-schema';
import { databaseEdition } from './editor-fixture';

describe('texts', () => {
  it('sets one language and drops an emptied one', () => {
    expect(withText({ en: 'A' }, 'zh', '甲')).toEqual({ en: 'A', zh: '甲' });
    expect(withText({ en: 'A', zh: '甲' }, 'en', '')).toEqual({ zh: '甲' });
    expect(setEditionText(databaseEdition(), 'introduction', 'zh', '订单服务').introduction).toEqual({
      en: 'For the orders service.',
      zh: '订单服务',
    });
  });
});

describe('criteria', () => {
  it('adds a criterion with an id from its label, unlike the others and the fixed columns', () => {
    const edition = addCriterion(databaseEdition(), 'en', 'Team familiarity');
    expect(edition.criteria.at(-1)).toEqual({
      id: 'team-familiarity',
      label: { en: 'Team familiarity' },
      definition: {},
      scale: { low: {}, high: {} },
    });
    expect(addCriterion(edition, 'en', 'Latency').criteria.at(-1)?.id).toBe('latency-2');
    expect(addCriterion(edition, 'en', 'Overall').criteria.at(-1)?.id).toBe('overall-2');
    expect(addCriterion(edition, 'zh', '成本').criteria.at(-1)).toMatchObject({
      id: 'criterion',
      label: { zh: '成本' },
    });
  });

  it('keeps the id when the label changes', () => {
    const edition = setCriterionText(databaseEdition(), 0, 'label', 'en', 'Read latency');
    expect(edition.criteria[0]).toMatchObject({ id: 'latency', label: { en: 'Read latency', zh: '延迟' } });
  });

  it('sets and empties what a 3 means', () => {
    const edition = setCriterionText(databaseEdition(), 1, 'mid', 'en', 'Some');
    expect(edition.criteria[1]?.scale.mid).toEqual({ en: 'Some' });
    expect(setCriterionText(edition, 1, 'mid', 'en', '').criteria[1]?.scale).toEqual({
      low: { en: 'Few' },
      high: { en: 'Many' },
    });
  });

  it('allows 1 to 12 criteria', () => {
    let edition = databaseEdition();
    for (let i = 0; i < 20; i += 1) edition = addCriterion(edition, 'en', `Extra ${i}`);
    expect(edition.criteria).toHaveLength(MAX_CRITERIA);
    while (edition.criteria.length > 1) edition = removeCriterion(edition, 0);
    expect(removeCriterion(edition, 0)).toBe(edition);
  });

  it('moves a criterion and stops at the ends', () => {
    const edition = databaseEdition();
    expect(moveCriterion(edition, 1, -1).criteria.map((c) => c.id)).toEqual([
      'ecosystem',
      'latency',
      'familiarity',
      'lock-in',
    ]);
    expect(moveCriterion(edition, 3, 1)).toBe(edition);
    expect(moveCriterion(edition, 0, -1)).toBe(edition);
  });

  it('removes a criterion with its scores and preset weights', () => {
    const edition = {
      ...databaseEdition(),
      presets: [
        { id: 'fast', name: { en: 'Fast' }, description: {}, weights: { latency: 2, ecosystem: 1 }, cites: [] },
      ],
    };
    const next = removeCriterion(edition, 0);
    expect(next.routes[0]?.scores).not.toHaveProperty('latency');
    expect(next.presets[0]?.weights).toEqual({ ecosystem: 1 });
  });
});

describe('groups', () => {
  it('adds a group and ungroups its routes when it is removed', () => {
    const added = addTrend(databaseEdition(), 'en', 'Managed');
    expect(added.trends.at(-1)).toEqual({ id: 'managed', name: { en: 'Managed' } });
    expect(addTrend(added, 'en', 'Ungrouped').trends.at(-1)?.id).toBe('ungrouped-2');
    const removed = removeTrend(databaseEdition(), 0);
    expect(removed.trends.map((trend) => trend.id)).toEqual(['nosql']);
    expect(removed.routes[0]).not.toHaveProperty('trendId');
    expect(userEditionProblems(removed).some((problem) => problem.key === 'unknownTrend')).toBe(false);
  });
});

describe('routes', () => {
  it('adds, regroups and removes routes', () => {
    const added = addRoute(databaseEdition(), 'en', 'SQLite', 'sql');
    expect(added.routes.at(-1)).toEqual({
      id: 'sqlite',
      trendId: 'sql',
      name: { en: 'SQLite' },
      strengths: [],
      weaknesses: [],
      tags: [],
      examples: [],
      scores: {},
    });
    expect(setRouteTrend(added, 3, undefined).routes[3]).not.toHaveProperty('trendId');
    expect(setRouteTrend(added, 2, 'nosql').routes[2]?.trendId).toBe('nosql');
    expect(removeRoute(added, 3).routes.map((route) => route.id)).toEqual(['postgres', 'mongodb', 'dynamodb']);
  });

  it('renumbers the cites when a strength is removed', () => {
    let edition = toggleScoreCite(databaseEdition(), 0, 'ecosystem', 'strengths[1]');
    edition = toggleScoreCite(edition, 0, 'ecosystem', 'weaknesses[0]');
    edition = toggleScoreCite(edition, 0, 'ecosystem', 'strengths[0]');
    expect(edition.routes[0]?.scores.ecosystem?.cites).toEqual(['strengths[0]', 'strengths[1]', 'weaknesses[0]']);
    const next = removeListItem(edition, 0, 'strengths', 0);
    expect(next.routes[0]?.strengths).toEqual([{ en: 'Rich SQL' }]);
    expect(next.routes[0]?.scores.ecosystem?.cites).toEqual(['strengths[0]', 'weaknesses[0]']);
    expect(next.routes[0]?.scores.latency?.cites).toEqual([]);
    expect(addListItem(next, 0, 'examples').routes[0]?.examples).toEqual([{}]);
  });

  it('maps typed tags to known tags or new ones, and drops tags nobody uses any more', () => {
    expect(parseTagLabels('cloud, 托管，cloud、 ,Cloud')).toEqual(['cloud', '托管']);
    let edition = setRouteTags(databaseEdition(), 2, 'en', 'Open Source, man');
    edition = setRouteTags(edition, 2, 'en', 'Open Source, managed');
    expect(edition.routes[2]?.tags).toEqual(['open-source', 'managed']);
    expect(edition.tags).toEqual([
      { id: 'open-source', label: { en: 'open source', zh: '开源' } },
      { id: 'managed', label: { en: 'managed' } },
    ]);
    expect(setRouteTags(edition, 2, 'zh', '开源').tags.map((tag) => tag.id)).toEqual(['open-source']);
  });
});

describe('scores', () => {
  it('sets and clears a value, keeping the reason; an emptied cell goes', () => {
    let edition = setScoreValue(databaseEdition(), 2, 'latency', 3);
    expect(edition.routes[2]?.scores.latency).toEqual({ value: 3, cites: [] });
    edition = setScoreRationale(edition, 2, 'latency', 'en', 'Single-digit ms');
    edition = setScoreConfidence(edition, 2, 'latency', 'guess');
    edition = setScoreValue(edition, 2, 'latency', undefined);
    expect(edition.routes[2]?.scores.latency).toEqual({
      rationale: { en: 'Single-digit ms' },
      cites: [],
      confidence: 'guess',
    });
    edition = setScoreRationale(edition, 2, 'latency', 'en', '');
    edition = setScoreConfidence(edition, 2, 'latency', undefined);
    expect(edition.routes[2]?.scores).toEqual({});
  });
});
