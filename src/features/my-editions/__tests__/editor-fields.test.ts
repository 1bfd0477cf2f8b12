import { describe, expect, it } from 'vitest';
import { fieldDomId, problemField, problemsByField } from '../model/editor-fields';
import { userEditionProblems } from '../model/user-edition-schema';
import { databaseEdition } from './editor-fixture';

describe('problemField', () => {
  it.each([
    ['title', 'title'],
    ['criteria[0].label', 'criteria[0].label'],
    ['criteria[2].scale.low', 'criteria[2].scale.low'],
    ['criteria[1].id', 'criteria[1].label'],
    ['trends[0].id', 'trends[0].name'],
    ['routes[3].id', 'routes[3].name'],
    ['routes[1].tags[2]', 'routes[1].tags'],
    ['routes[2].scores.lock-in', 'routes[2].scores.lock-in'],
    ['routes[2].scores.latency.value', 'routes[2].scores.latency'],
    ['routes[0].scores.latency.cites[1]', 'routes[0].scores.latency'],
    ['presets[0].weights', 'presets[0].weights'],
  ])('%s is shown at %s', (path, field) => {
    expect(problemField(path)).toBe(field);
  });
});

describe('problemsByField', () => {
  it('gathers the fixture’s missing scores at their cells', () => {
    const byField = problemsByField(userEditionProblems(databaseEdition()));
    expect([...byField.keys()]).toEqual([
      'routes[1].scores.ecosystem',
      'routes[1].scores.familiarity',
      'routes[1].scores.lock-in',
      'routes[2].scores.latency',
      'routes[2].scores.ecosystem',
      'routes[2].scores.familiarity',
      'routes[2].scores.lock-in',
    ]);
  });
});

describe('fieldDomId', () => {
  it('makes a DOM id of a field', () => {
    expect(fieldDomId('routes[2].scores.lock-in')).toBe('edition-editor-routes-2-scores-lock-in');
    expect(fieldDomId('title')).toBe('edition-editor-title');
  });
});
