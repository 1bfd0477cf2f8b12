import type { Edition, LocalizedText, Route, Score } from '../../src/domain/edition/schema';

/** A small deterministic PRNG (mulberry32), so every run generates the same routes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: readonly LocalizedText[] = [
  { zh: '储能', en: 'storage' },
  { zh: '风电', en: 'wind' },
  { zh: '光伏', en: 'solar' },
  { zh: '核能', en: 'nuclear' },
  { zh: '氢能', en: 'hydrogen' },
  { zh: '轻量化', en: 'lightweight' },
  { zh: '边缘', en: 'edge' },
  { zh: '云端', en: 'cloud' },
];
const CLAUSES: readonly LocalizedText[] = [
  { zh: '成本低', en: 'Low cost' },
  { zh: '性能高', en: 'High performance' },
  { zh: '生态成熟', en: 'Mature ecosystem' },
  { zh: '功耗较高', en: 'High power use' },
  { zh: '开发周期长', en: 'Long development cycle' },
  { zh: '灵活性较差', en: 'Less flexible' },
];

/**
 * An edition with `count` generated routes on the bundled edition's criteria, trends, tags and
 * presets: names like `Route 42` / `路线 42 光伏方案`, one to three tags, and scores 1–5, with about
 * one route in fifty missing a score (to exercise "—" sorting last). Not schema-valid on purpose
 * in that one respect; the dashboard takes it as it is. `confidence`, when given, is every score's
 * (the harness's `?confidence=guess`: Decide's "How firm" then has every route to draw).
 */
export function generateEdition(base: Edition, count: number, seed = 2024, confidence?: Score['confidence']): Edition {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const routes: Route[] = [];
  for (let index = 0; index < count; index++) {
    const word = pick(WORDS);
    const trend = base.trends[index % base.trends.length];
    const scores: Record<string, Score> = {};
    for (const criterion of base.criteria) {
      if (next() < 0.02) continue;
      scores[criterion.id] = {
        value: 1 + Math.floor(next() * 5),
        rationale: { zh: '生成的评分', en: 'Generated score' },
        cites: ['strengths[0]'],
        ...(confidence ? { confidence } : {}),
      };
    }
    routes.push({
      id: `route-${index}`,
      trendId: trend?.id ?? '',
      name: { zh: `路线 ${index} ${word.zh}方案`, en: `Route ${index} ${word.en} plan` },
      aliases: [],
      strengths: [pick(CLAUSES), pick(CLAUSES)],
      weaknesses: [pick(CLAUSES)],
      tags: [...new Set([pick(base.tags).id, pick(base.tags).id])],
      examples: [],
      scores,
    });
  }
  return { ...base, id: `generated-${count}`, routes };
}
