import type { UserEdition } from '../model/user-edition';

/**
 * A small comparison for the editor's tests: which database, on four criteria, three routes in two
 * groups (one route ungrouped), some scores empty, texts in one language or both.
 */
export function databaseEdition(): UserEdition {
  return {
    kind: 'user',
    id: 'c-test0001',
    title: { en: 'Which database?', zh: '选哪个数据库？' },
    introduction: { en: 'For the orders service.' },
    criteria: [
      {
        id: 'latency',
        label: { en: 'Latency', zh: '延迟' },
        definition: { en: 'How fast a read answers.' },
        scale: { low: { en: 'Seconds' }, mid: { en: 'Tens of ms' }, high: { en: 'Under a ms' } },
      },
      {
        id: 'ecosystem',
        label: { en: 'Ecosystem' },
        definition: { en: 'Tools and libraries.' },
        scale: { low: { en: 'Few' }, high: { en: 'Many' } },
      },
      {
        id: 'familiarity',
        label: { zh: '团队熟悉度' },
        definition: { zh: '团队用过多少。' },
        scale: { low: { zh: '没人用过' }, high: { zh: '人人都熟' } },
      },
      {
        id: 'lock-in',
        label: { en: 'Freedom from lock-in' },
        definition: { en: 'How easily we could leave.' },
        scale: { low: { en: 'Stuck' }, high: { en: 'Free' } },
      },
    ],
    trends: [
      { id: 'sql', name: { en: 'SQL' } },
      { id: 'nosql', name: { en: 'NoSQL' } },
    ],
    tags: [{ id: 'open-source', label: { en: 'open source', zh: '开源' } }],
    routes: [
      {
        id: 'postgres',
        trendId: 'sql',
        name: { en: 'PostgreSQL' },
        strengths: [{ en: 'Mature' }, { en: 'Rich SQL' }],
        weaknesses: [{ en: 'Vertical scaling' }],
        tags: ['open-source'],
        examples: [],
        scores: {
          latency: { value: 4, cites: ['strengths[0]'] },
          ecosystem: { value: 5, cites: [] },
          familiarity: { value: 5, cites: [] },
          'lock-in': { value: 5, cites: [] },
        },
      },
      {
        id: 'mongodb',
        trendId: 'nosql',
        name: { en: 'MongoDB' },
        strengths: [{ en: 'Flexible documents' }],
        weaknesses: [{ en: 'Joins are awkward' }],
        tags: ['open-source'],
        examples: [],
        scores: { latency: { value: 4, cites: [] } },
      },
      {
        id: 'dynamodb',
        name: { en: 'DynamoDB' },
        strengths: [],
        weaknesses: [{ en: 'AWS only' }],
        tags: [],
        examples: [],
        scores: {},
      },
    ],
    presets: [],
  };
}
