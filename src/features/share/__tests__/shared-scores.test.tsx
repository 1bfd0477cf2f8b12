import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../tests/utils/render';
import { bundledEdition } from '../../../../tests/property/generators';
import { decodeEditionFragment, encodeEditionFragment, SCORES_LINK_PREFIX } from '../model/edition-link';
import { countScores, readSharedScores, sharedScoresPayload } from '../model/shared-scores';
import { SharedScoresNotice } from '../components/shared-scores-notice';

const asicCost = { asic: { cost: { value: 5, rationale: 'We order in volume.' } } };

describe('edited scores in a link', () => {
  it('come back from the s1 fragment as they went in', async () => {
    const payload = sharedScoresPayload({ editionId: '2024', scores: asicCost });
    const fragment = await encodeEditionFragment(payload, SCORES_LINK_PREFIX);
    expect(fragment.startsWith('s1.')).toBe(true);
    const decoded = await decodeEditionFragment(`#${fragment}`, SCORES_LINK_PREFIX);
    expect(decoded.ok && readSharedScores(decoded.json)).toEqual({
      ok: true,
      shared: { editionId: '2024', scores: asicCost },
    });
    // A comparison's reader does not take a scores link for one of its own.
    expect(await decodeEditionFragment(`#${fragment}`)).toEqual({ ok: false, problem: 'version' });
  });

  it('refuses a score outside 1–5, a blank reason and another shape, counting the problems', () => {
    expect(readSharedScores({ edition: '2024', scores: { asic: { cost: { value: 7, rationale: 'x' } } } })).toEqual({
      ok: false,
      count: 1,
    });
    expect(readSharedScores({ edition: '2024', scores: { asic: { cost: { value: 2, rationale: '  ' } } } })).toEqual({
      ok: false,
      count: 1,
    });
    expect(readSharedScores({ edition: '', scores: [] })).toEqual({ ok: false, count: 2 });
    expect(readSharedScores('not an object')).toEqual({ ok: false, count: 1 });
  });

  it('counts every score over routes and criteria', () => {
    expect(countScores({ asic: { cost: asicCost.asic.cost, flexibility: asicCost.asic.cost }, gpu: {} })).toBe(2);
  });
});

describe('the notice of a link with edited scores', () => {
  const edition = bundledEdition();

  it("names each score with the edition's own, counts what the edition lacks, and keeps or drops", async () => {
    const onKeep = vi.fn();
    const onDismiss = vi.fn();
    const scores = { ...asicCost, 'no-such-route': { cost: { value: 1, rationale: 'Gone.' } } };
    const { user } = renderWithProviders(
      <SharedScoresNotice
        state={{ stage: 'showing', shared: { editionId: edition.id, scores } }}
        edition={edition}
        onKeep={onKeep}
        onDismiss={onDismiss}
      />,
    );
    const notice = screen.getByRole('group', { name: 'This link shows 1 score edited by whoever shared it' });
    expect(notice).toHaveTextContent('ASIC · Cost advantage: 5 (the edition says 3). We order in volume.');
    expect(notice).toHaveTextContent(
      "1 of the link's scores names a route or criterion this edition does not have, and is not shown.",
    );
    await user.click(screen.getByRole('button', { name: 'Keep as my scores' }));
    expect(onKeep).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: "Show the edition's scores" }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says in Chinese when the scores are for an edition this page does not have', () => {
    renderWithProviders(
      <SharedScoresNotice
        state={{ stage: 'showing', shared: { editionId: '2031', scores: asicCost } }}
        edition={edition}
        onKeep={() => undefined}
        onDismiss={() => undefined}
      />,
      { lng: 'zh' },
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      '此链接的 1 个修改评分属于版本“2031”，本页没有该版本，因此未显示。',
    );
  });

  it('says so, and offers nothing to keep, when no score names a route or criterion of the edition', () => {
    renderWithProviders(
      <SharedScoresNotice
        state={{ stage: 'showing', shared: { editionId: edition.id, scores: { nosuch: asicCost.asic } } }}
        edition={edition}
        onKeep={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      "1 of the link's scores names a route or criterion this edition does not have, and is not shown. The edition's own scores are shown.",
    );
    expect(screen.queryByRole('button', { name: 'Keep as my scores' })).toBeNull();
  });

  it('says why a link cannot be read', () => {
    renderWithProviders(
      <SharedScoresNotice
        state={{ stage: 'problem', problem: 'damaged' }}
        edition={edition}
        onKeep={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      "This link's edited scores could not be read. The link is cut short or was altered on the way",
    );
  });
});
