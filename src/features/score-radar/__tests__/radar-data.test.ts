import { describe, expect, it } from 'vitest';
import type { Route } from '../../../domain/edition/schema';
import { toRadarData } from '../model/radar-data';

const text = (en: string, zh: string) => ({ en, zh });
const criteria = [
  { id: 'cost', label: text('Cost efficiency', '成本优势') },
  { id: 'performance', label: text('Performance', '性能') },
];
const score = (value: number) => ({ value, rationale: text('r', '理'), cites: ['strengths[0]'] });

describe('toRadarData', () => {
  it('pivots routes × criteria into one datum per criterion', () => {
    const routes: Pick<Route, 'id' | 'scores'>[] = [
      { id: 'gpu', scores: { cost: score(2), performance: score(4) } },
      { id: 'label', scores: { cost: score(3) } },
    ];
    expect(toRadarData(routes, criteria, 'zh')).toEqual([
      { criterionId: 'cost', label: '成本优势', values: { gpu: 2, label: 3 } },
      { criterionId: 'performance', label: '性能', values: { gpu: 4, label: null } },
    ]);
  });
});
