import { useId, useState } from 'react';
import { MAX_RATIONALE_LENGTH } from '../../domain/edition/model';
import type { ScoreOverride } from '../../domain/score-overrides';
import { SCORE_MAX, SCORE_MIN } from '../../domain/edition/model';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';
import { Button } from './button';

/**
 * A small form for the reader's own score on one criterion: a value from 1 to 5 and a rationale
 * (required, at most {@link MAX_RATIONALE_LENGTH} characters). Saving with a blank rationale says
 * what is missing instead of saving.
 */
export function ScoreEditor({
  criterionLabel,
  initial,
  onSave,
  onCancel,
}: {
  readonly criterionLabel: string;
  readonly initial: ScoreOverride;
  readonly onSave: (override: ScoreOverride) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useUiLocale();
  const id = useId();
  const [value, setValue] = useState(initial.value);
  const [rationale, setRationale] = useState(initial.rationale);
  const [error, setError] = useState(false);
  const values = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);
  return (
    <form
      className="score-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (rationale.trim() === '') {
          setError(true);
          return;
        }
        onSave({ value, rationale: rationale.trim() });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // The table's details line is not a dialog: Escape only closes this form.
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={`${id}-value`}>{t('overrides.valueLabel', { criterion: criterionLabel })}</label>
      <select id={`${id}-value`} value={value} onChange={(event) => setValue(Number(event.target.value))}>
        {values.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-rationale`}>{t('overrides.rationaleLabel')}</label>
      <textarea
        id={`${id}-rationale`}
        value={rationale}
        maxLength={MAX_RATIONALE_LENGTH}
        rows={3}
        aria-invalid={error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setRationale(event.target.value);
          if (event.target.value.trim() !== '') setError(false);
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="score-editor__error" role="alert">
          {t('overrides.rationaleRequired')}
        </p>
      ) : null}
      <div className="score-editor__actions">
        <Button type="submit" variant="primary" size="small">
          {t('overrides.save')}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('overrides.cancel')}
        </Button>
      </div>
    </form>
  );
}
