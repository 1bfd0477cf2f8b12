import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { LinkProblemNotice } from './link-problem-notice';
import { Notice } from '../../../components/ui/notice';
import type { Edition } from '../../../domain/edition/schema';
import { countApplied } from '../../../domain/score-overrides';
import { addOnDemandStrings } from '../../../lib/i18n/i18n';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import en from '../../../locales/on-demand/shared-link.en.json';
import zh from '../../../locales/on-demand/shared-link.zh.json';
import type { LinkProblem } from '../model/edition-link';
import { countScores, type SharedScores } from '../model/shared-scores';

// Loaded only when an address carries edited scores: its strings come with it.
addOnDemandStrings({ en, zh });

/** Where the edited scores of the address's fragment stand. */
export type SharedScoresState =
  | { readonly stage: 'reading' }
  | { readonly stage: 'showing'; readonly shared: SharedScores }
  | {
      readonly stage: 'problem';
      readonly problem: LinkProblem | 'notScores';
      /** `notScores`: how many problems the check found. */
      readonly count?: number;
    };

// The list names this many edited scores; the rest are counted.
const LISTED = 8;

/**
 * The scores a sharer edited, as their link shows them: which route, criterion, value (and the
 * edition's own value) and why, that they stand in for the reader's own while the link is open,
 * and that nothing is stored until **Keep as my scores**. **Show the edition's scores** drops them.
 * Scores naming routes or criteria the edition lacks are counted, and scores for an edition this
 * page does not have are said to be left out. A link that cannot be read says why.
 */
export function SharedScoresNotice({
  state,
  edition,
  onKeep,
  onDismiss,
}: {
  readonly state: SharedScoresState;
  /** The edition on screen, before any edited score is applied. */
  readonly edition: Edition;
  readonly onKeep: () => void;
  readonly onDismiss: () => void;
}) {
  const { t, locale } = useUiLocale();
  const headingId = useId();
  if (state.stage === 'reading') {
    return (
      <Notice tone="info" as="p" role="status">
        {t('sharedScores.reading')}
      </Notice>
    );
  }
  if (state.stage === 'problem') {
    return (
      <LinkProblemNotice
        heading={t('sharedScores.problemHeading')}
        message={
          state.problem === 'notScores'
            ? t('sharedScores.notScores', { count: state.count ?? 0 })
            : t(`sharedLink.problem.${state.problem}`)
        }
        after={t('sharedScores.withoutThem')}
        onDismiss={onDismiss}
      />
    );
  }
  const { shared } = state;
  const total = countScores(shared.scores);
  if (shared.editionId !== edition.id) {
    return (
      <Notice tone="error" role="alert" className="url-notice" onDismiss={onDismiss}>
        <p>{t('sharedScores.otherEdition', { count: total, id: shared.editionId })}</p>
      </Notice>
    );
  }
  const applied = countApplied(edition, shared.scores);
  if (applied === 0) {
    return (
      <Notice tone="error" role="alert" className="url-notice" onDismiss={onDismiss}>
        <p>
          {t('sharedScores.notApplied', { count: total })} {t('sharedScores.withoutThem')}
        </p>
      </Notice>
    );
  }
  const lines = edition.routes.flatMap((route) =>
    edition.criteria.flatMap((criterion) => {
      const routeScores = Object.hasOwn(shared.scores, route.id) ? shared.scores[route.id] : undefined;
      const own = routeScores && Object.hasOwn(routeScores, criterion.id) ? routeScores[criterion.id] : undefined;
      if (!own) return [];
      const before = route.scores[criterion.id];
      return [
        {
          key: `${route.id}/${criterion.id}`,
          text: t('sharedScores.line', {
            route: route.name[locale],
            criterion: criterion.label[locale],
            value: own.value,
            original: before?.value ?? '–',
          }),
          rationale: own.rationale,
        },
      ];
    }),
  );
  return (
    <Notice tone="info" role="group" aria-labelledby={headingId} className="shared-comparison shared-scores">
      <h2 id={headingId} className="shared-comparison__heading">
        {t('sharedScores.heading', { count: applied })}
      </h2>
      <ul className="shared-scores__list">
        {lines.slice(0, LISTED).map((line) => (
          <li key={line.key}>
            <strong>{line.text}</strong> {line.rationale}
          </li>
        ))}
      </ul>
      {lines.length > LISTED ? <p>{t('sharedScores.more', { count: lines.length - LISTED })}</p> : null}
      {applied < total ? <p>{t('sharedScores.notApplied', { count: total - applied })}</p> : null}
      <p>{t('sharedScores.instead')}</p>
      <div className="shared-comparison__actions">
        <Button onClick={onKeep}>{t('sharedScores.keep')}</Button>
        <Button onClick={onDismiss}>{t('sharedScores.dismiss')}</Button>
      </div>
    </Notice>
  );
}
