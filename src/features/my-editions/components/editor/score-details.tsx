import { useId } from 'react';
import { SCORE_MAX, SCORE_MIN } from '../../../../domain/edition/model';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import { fieldDomId } from '../../model/editor-fields';
import type { GridCell } from '../../model/grid-paste';
import {
  scoreOf,
  setScoreConfidence,
  setScoreRationale,
  setScoreValue,
  toggleScoreCite,
} from '../../model/score-edits';
import { CONFIDENCES, type Confidence, type UserText } from '../../model/user-edition';
import { BilingualField } from './bilingual-field';
import { useEditor } from './editor-context';
import { FieldProblems } from './field-problems';
import { cellField } from './score-grid';
import { nameOf, shownText } from './shown-text';

const VALUES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/** The field of the active cell's reason, which F2 in the grid focuses. */
export const rationaleField = (cell: GridCell, criterionId: string) => `${cellField(cell.row, criterionId)}.rationale`;

/**
 * The active cell's details, under the grid: its value (for pointer users too), what the criterion's
 * scale means, the reason, the route's strengths and weaknesses it rests on, and how sure it is.
 */
export function ScoreDetails({ cell }: { readonly cell: GridCell }) {
  const { t } = useUiLocale();
  const { edition, locale, edit, problemsAt } = useEditor();
  const headingId = useId();
  const name = useId();
  const route = edition.routes[cell.row];
  const criterion = edition.criteria[cell.column];
  if (!route || !criterion) return null;
  const score = scoreOf(route, criterion.id);
  const routeName = nameOf(route.name, locale, t('editor.routes.numbered', { n: cell.row + 1 }));
  const criterionName = nameOf(criterion.label, locale, t('editor.criteria.numbered', { n: cell.column + 1 }));
  const field = cellField(cell.row, criterion.id);
  const problems = problemsAt(field);
  const scale: [number, UserText | undefined][] = [
    [SCORE_MIN, criterion.scale.low],
    [3, criterion.scale.mid],
    [SCORE_MAX, criterion.scale.high],
  ];
  const clauses = (['strengths', 'weaknesses'] as const).flatMap((list) =>
    route[list].map((text, index) => ({ list, cite: `${list}[${index}]`, text })),
  );
  const confidenceLabel = (confidence: Confidence | undefined) =>
    confidence === undefined ? t('editor.details.confidenceNone') : t(`editor.details.${confidence}`);

  return (
    <section className="score-details" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('editor.details.heading', { route: routeName, criterion: criterionName })}</h3>
      {problems.length > 0 ? (
        <div className="editor-problem">
          <FieldProblems domId={`${fieldDomId(field)}-details`} problems={problems} />
        </div>
      ) : null}
      <fieldset className="score-details__choices">
        <legend className="editor-field__label">{t('editor.details.value')}</legend>
        {[undefined, ...VALUES].map((value) => (
          <label key={value ?? 'none'} className="choice">
            <input
              type="radio"
              name={`${name}-value`}
              checked={score.value === value}
              onChange={() => edit((current) => setScoreValue(current, cell.row, criterion.id, value))}
            />
            {value ?? t('editor.details.notScored')}
          </label>
        ))}
      </fieldset>
      <dl className="score-details__scale" aria-label={t('editor.details.scale')}>
        {scale.map(([value, text]) => {
          const shown = shownText(text, locale);
          return shown ? (
            <div key={value}>
              <dt>{value}</dt>
              <dd lang={shown.lang}>
                {shown.text}
                {shown.untranslated ? <span className="untranslated-mark">{t('editor.notTranslated')}</span> : null}
              </dd>
            </div>
          ) : null;
        })}
      </dl>
      <BilingualField
        field={rationaleField(cell, criterion.id)}
        label={t('editor.details.reason')}
        text={score.rationale}
        multiline
        onText={(language, value) =>
          edit(
            (current) => setScoreRationale(current, cell.row, criterion.id, language, value),
            `${field}.rationale.${language}`,
          )
        }
      />
      <fieldset className="score-details__cites">
        <legend className="editor-field__label">{t('editor.details.basedOn')}</legend>
        {clauses.length === 0 ? (
          <p className="editor-note">{t('editor.details.noClauses', { route: routeName })}</p>
        ) : null}
        {clauses.map(({ list, cite, text }) => {
          const shown = shownText(text, locale);
          return (
            <label key={cite} className={`choice choice--${list}`}>
              <input
                type="checkbox"
                checked={score.cites.includes(cite)}
                onChange={() => edit((current) => toggleScoreCite(current, cell.row, criterion.id, cite))}
              />
              <span className="choice__kind">{t(`editor.routes.${list}`)}</span>{' '}
              <span lang={shown?.lang}>
                {shown?.text ??
                  t(`editor.routes.item.${list}`, { n: Number(cite.slice(cite.indexOf('[') + 1, -1)) + 1 })}
              </span>
            </label>
          );
        })}
      </fieldset>
      <fieldset className="score-details__choices">
        <legend className="editor-field__label">{t('editor.details.confidence')}</legend>
        {[undefined, ...CONFIDENCES].map((confidence) => (
          <label key={confidence ?? 'none'} className="choice">
            <input
              type="radio"
              name={`${name}-confidence`}
              checked={score.confidence === confidence}
              onChange={() => edit((current) => setScoreConfidence(current, cell.row, criterion.id, confidence))}
            />
            {confidenceLabel(confidence)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
