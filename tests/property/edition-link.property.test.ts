import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type UserEdition } from '../../src/features/my-editions/model/user-edition';
import { copyOfEdition } from '../../src/features/my-editions/model/new-user-edition';
import { checkUserEdition } from '../../src/features/my-editions/model/user-edition-schema';
import {
  decodeEditionFragment,
  EDITION_LINK_PREFIX,
  encodeEditionFragment,
  SCORES_LINK_PREFIX,
} from '../../src/features/share/model/edition-link';
import { readSharedScores, sharedScoresPayload } from '../../src/features/share/model/shared-scores';
import { awkwardText, bundledEdition, RUNS } from './generators';

const id = fc.constantFrom('cost', 'speed', 'a', 'gpu-cluster', 'x1', 'route-2');
const text = fc.record({ zh: awkwardText, en: awkwardText }, { requiredKeys: [] });
const score = fc.record(
  {
    value: fc.integer({ min: 0, max: 7 }),
    rationale: text,
    cites: fc.array(fc.constantFrom('strengths[0]', 'weaknesses[1]', 'nonsense'), { maxLength: 2 }),
    confidence: fc.constantFrom('stated' as const, 'inferred' as const, 'guess' as const),
  },
  { requiredKeys: ['cites'] },
);

/** Editions of the user shape: texts in one language, both or neither, scores present or not. */
const userEdition: fc.Arbitrary<UserEdition> = fc.record(
  {
    kind: fc.constant('user' as const),
    id: fc.string({ minLength: 1, maxLength: 20 }),
    title: text,
    introduction: text,
    author: fc.string({ maxLength: 40 }),
    criteria: fc.array(fc.record({ id, label: text, definition: text, scale: fc.record({ low: text, high: text }) }), {
      maxLength: 4,
    }),
    trends: fc.array(fc.record({ id, name: text }), { maxLength: 2 }),
    tags: fc.array(fc.record({ id, label: text }), { maxLength: 2 }),
    routes: fc.array(
      fc.record(
        {
          id,
          trendId: id,
          name: text,
          strengths: fc.array(text, { maxLength: 2 }),
          weaknesses: fc.array(text, { maxLength: 2 }),
          tags: fc.array(id, { maxLength: 2 }),
          examples: fc.array(text, { maxLength: 1 }),
          scores: fc.dictionary(id, score, { maxKeys: 3 }),
        },
        { requiredKeys: ['id', 'name', 'strengths', 'weaknesses', 'tags', 'examples', 'scores'] },
      ),
      { maxLength: 4 },
    ),
    presets: fc.constant([]),
  },
  { requiredKeys: ['kind', 'id', 'title', 'introduction', 'criteria', 'trends', 'tags', 'routes', 'presets'] },
);

describe('a comparison in a link', () => {
  it('comes back unchanged from encode and then decode, for any edition the check accepts', async () => {
    await fc.assert(
      fc.asyncProperty(userEdition, async (edition) => {
        const check = checkUserEdition(edition);
        fc.pre(check.ok);
        const decoded = await decodeEditionFragment(`#${await encodeEditionFragment(edition)}`);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        // Compared as plain data: fast-check may build objects with no prototype, JSON never does.
        const plain: unknown = JSON.parse(JSON.stringify(edition));
        expect(decoded.json).toStrictEqual(plain);
        const again = checkUserEdition(decoded.json);
        expect(again.ok && again.edition).toStrictEqual(plain);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('carries the whole article as a comparison, every text and score', async () => {
    const article = bundledEdition();
    const edition = copyOfEdition(article, 'u-article', article.title);
    const decoded = await decodeEditionFragment(await encodeEditionFragment(edition));
    expect(decoded).toStrictEqual({ ok: true, json: JSON.parse(JSON.stringify(edition)) });
  });

  it('reads any string as an edition or a named problem, never a throw', async () => {
    const fragment = fc.oneof(
      awkwardText,
      awkwardText.map((rest) => `#${EDITION_LINK_PREFIX}${rest}`),
      fc.base64String().map((rest) => `${EDITION_LINK_PREFIX}${rest.replaceAll('=', '')}`),
    );
    await fc.assert(
      fc.asyncProperty(fragment, async (hash) => {
        const decoded = await decodeEditionFragment(hash);
        expect(decoded.ok || ['version', 'encoding', 'damaged', 'tooBig', 'notJson'].includes(decoded.problem)).toBe(
          true,
        );
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('reports a link cut anywhere or with a character changed, rather than a different edition', async () => {
    const edition = copyOfEdition(bundledEdition(), 'u-article', { en: 'Shared' });
    const whole = await encodeEditionFragment(edition);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: EDITION_LINK_PREFIX.length, max: whole.length - 1 }),
        fc.constantFrom('A', 'B', 'x', 'z', '0', '9', '-', '_'),
        async (at, character) => {
          const cut = await decodeEditionFragment(whole.slice(0, at));
          expect(cut.ok).toBe(false);
          const changed = `${whole.slice(0, at)}${character}${whole.slice(at + 1)}`;
          fc.pre(changed !== whole);
          const tampered = await decodeEditionFragment(changed);
          // A change in the last character's unused bits can leave the bytes as they were.
          if (tampered.ok) expect(tampered.json).toStrictEqual(JSON.parse(JSON.stringify(edition)));
        },
      ),
      { numRuns: RUNS.heavy },
    );
  });
});

describe('edited scores in a link', () => {
  const override = fc.record({
    value: fc.integer({ min: 1, max: 5 }),
    rationale: awkwardText.filter((rationale) => rationale.trim().length > 0 && rationale.length <= 2000),
  });
  const scores = fc.dictionary(id, fc.dictionary(id, override, { maxKeys: 3 }), { maxKeys: 4 });

  it('come back unchanged from encode and then decode', async () => {
    await fc.assert(
      fc.asyncProperty(id, scores, async (editionId, edited) => {
        // Stored and sent rationales are trimmed (withOverride): the link carries them so.
        const trimmed = JSON.parse(JSON.stringify(edited), (key, value: unknown) =>
          key === 'rationale' && typeof value === 'string' ? value.trim() : value,
        ) as typeof edited;
        fc.pre(Object.values(trimmed).every((own) => Object.values(own).every((one) => one.rationale.length > 0)));
        const fragment = await encodeEditionFragment(
          sharedScoresPayload({ editionId, scores: trimmed }),
          SCORES_LINK_PREFIX,
        );
        const decoded = await decodeEditionFragment(fragment, SCORES_LINK_PREFIX);
        expect(decoded.ok && readSharedScores(decoded.json)).toStrictEqual({
          ok: true,
          shared: { editionId, scores: trimmed },
        });
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('read any string as scores or a named problem, never a throw', async () => {
    const fragment = fc.oneof(
      awkwardText.map((rest) => `#${SCORES_LINK_PREFIX}${rest}`),
      fc.base64String().map((rest) => `${SCORES_LINK_PREFIX}${rest.replaceAll('=', '')}`),
    );
    await fc.assert(
      fc.asyncProperty(fragment, async (hash) => {
        const decoded = await decodeEditionFragment(hash, SCORES_LINK_PREFIX);
        if (decoded.ok) expect(typeof readSharedScores(decoded.json).ok).toBe('boolean');
        else expect(['version', 'encoding', 'damaged', 'tooBig', 'notJson']).toContain(decoded.problem);
      }),
      { numRuns: RUNS.cheap },
    );
  });
});
