import { useRef, useState } from 'react';
import { resolveCite } from '../../domain/edition/model';
import type { Criterion, Route } from '../../domain/edition/schema';
import { originalOf, type ScoreOverride } from '../../domain/score-overrides';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { ScoreEditor } from './score-editor';
import { Button } from './button';

/** Lets the reader put their own score on a criterion of the route, or go back to the original. */
export interface ScoreEditing {
  readonly onSave: (criterionId: string, override: ScoreOverride) => void;
  readonly onReset: (criterionId: string) => void;
}

/**
 * A route's score on each criterion with its rationale and the strength or weakness clauses it
 * cites, as a description list ("—" where the route has no score). `wide` lays the criteria out
 * side by side, for the table's details line. A score the reader edited is marked, with the
 * original next to it; with `editing`, each score can be edited and an edited one reset.
 */
export function ScoreRationales({
  route,
  criteria,
  wide = false,
  editing,
}: {
  readonly route: Route;
  readonly criteria: readonly Criterion[];
  readonly wide?: boolean;
  readonly editing?: ScoreEditing | undefined;
}) {
  const { t, locale } = useUiLocale();
  const [open, setOpen] = useState<string | undefined>(undefined);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const close = (criterionId: string) => {
    setOpen(undefined);
    // The form is gone: focus goes back to the button that opened it.
    requestAnimationFrame(() => editButtons.current.get(criterionId)?.focus());
  };
  return (
    <dl className={`rationale-list${wide ? ' rationale-list--wide' : ''}`}>
      {criteria.map((criterion) => {
        const score = route.scores[criterion.id];
        const original = originalOf(score);
        const label = criterion.label[locale];
        return (
          <div key={criterion.id} className={`rationale${original ? ' rationale--edited' : ''}`}>
            <dt>
              <span>{label}</span>
              <span className="rationale__value">
                {score ? score.value : t('routes.missing')}
                {original ? <span className="edited-badge">{t('overrides.edited')}</span> : null}
              </span>
            </dt>
            {score ? (
              <dd>
                {open === criterion.id && editing ? (
                  <ScoreEditor
                    criterionLabel={label}
                    // Your own reason starts empty: the article's would read as yours next to your score.
                    initial={{ value: score.value, rationale: original ? score.rationale[locale] : '' }}
                    onSave={(override) => {
                      editing.onSave(criterion.id, override);
                      close(criterion.id);
                    }}
                    onCancel={() => close(criterion.id)}
                  />
                ) : (
                  <p>{score.rationale[locale]}</p>
                )}
                {original ? (
                  <p className="rationale__original">
                    {t('overrides.original', { value: original.value, rationale: original.rationale[locale] })}
                  </p>
                ) : (
                  <Cites route={route} cites={score.cites} />
                )}
                {editing && open !== criterion.id ? (
                  <p className="rationale__actions">
                    <Button
                      ref={(node) => {
                        if (node) editButtons.current.set(criterion.id, node);
                        else editButtons.current.delete(criterion.id);
                      }}
                      variant="quiet"
                      size="small"
                      aria-label={t('overrides.editName', { criterion: label })}
                      onClick={() => setOpen(criterion.id)}
                    >
                      {t('overrides.edit')}
                    </Button>
                    {original ? (
                      <Button
                        variant="quiet"
                        size="small"
                        aria-label={t('overrides.resetName', { criterion: label })}
                        onClick={() => {
                          editing.onReset(criterion.id);
                          close(criterion.id);
                        }}
                      >
                        {t('overrides.reset')}
                      </Button>
                    ) : null}
                  </p>
                ) : null}
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}

/** The clauses a score rests on, after "Based on"; nothing when it cites none (an imported score). */
function Cites({ route, cites }: { readonly route: Route; readonly cites: readonly string[] }) {
  const { t, locale } = useUiLocale();
  const clauses = cites.map((cite) => resolveCite(route, cite)).filter((clause) => clause !== undefined);
  if (clauses.length === 0) return null;
  return (
    <p className="rationale__cites">
      <span>{t('score.basedOn')}</span>
      {clauses.map((clause) => (
        <span key={clause.text.en} className={`cite cite--${clause.kind}`}>
          {clause.text[locale]}
        </span>
      ))}
    </p>
  );
}
