import { describe, expect, it } from 'vitest';
import {
  deleteStoredUserEdition,
  listStoredUserEditions,
  readStoredUserEdition,
  writeStoredUserEdition,
} from '../store/user-editions-store';
import type { UserEdition } from '../model/user-edition';

function comparison(id: string, title: string, routes = 0): UserEdition {
  const route = (n: number) => ({
    id: `r-${n}`,
    name: { en: `Route ${n}` },
    strengths: [],
    weaknesses: [],
    tags: [],
    examples: [],
    scores: {},
  });
  return {
    kind: 'user',
    id,
    title: { en: title },
    introduction: {},
    criteria: [],
    trends: [],
    tags: [],
    routes: Array.from({ length: routes }, (_, n) => route(n)),
    presets: [],
  };
}

describe('comparisons in IndexedDB', () => {
  it('lists what is stored, most recently saved first, reads one back whole, and deletes it', async () => {
    await writeStoredUserEdition(comparison('c-one', 'One', 2), 1000);
    await writeStoredUserEdition(comparison('c-two', 'Two'), 2000);
    expect(await listStoredUserEditions()).toEqual([
      { id: 'c-two', title: { en: 'Two' }, routeCount: 0, savedAt: 2000 },
      { id: 'c-one', title: { en: 'One' }, routeCount: 2, savedAt: 1000 },
    ]);
    expect(await readStoredUserEdition('c-one')).toEqual({
      version: 1,
      savedAt: 1000,
      edition: comparison('c-one', 'One', 2),
    });
    await deleteStoredUserEdition('c-one');
    await deleteStoredUserEdition('c-two');
    expect(await listStoredUserEditions()).toEqual([]);
    expect(await readStoredUserEdition('c-one')).toBeUndefined();
  });
});
