import { useId } from 'react';
import { Button } from '../../../../components/ui/button';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import { fieldDomId } from '../../model/editor-fields';
import { MAX_CRITERIA, type UserCriterion } from '../../model/user-edition';
import {
  addCriterion,
  canAddCriterion,
  canRemoveCriterion,
  moveCriterion,
  removeCriterion,
  setCriterionText,
  type CriterionTextField,
} from '../../model/user-edition-edits';
import { AddItemForm } from './add-item-form';
import { BilingualField } from './bilingual-field';
import { useEditor } from './editor-context';
import { FieldProblems, problemIds } from './field-problems';
import { keysById, nameOf } from './shown-text';

const FIELDS: readonly CriterionTextField[] = ['label', 'definition', 'low', 'mid', 'high'];
const HEADING_ID = fieldDomId('criteria');

/** The DOM id of a criterion's move or remove button (by criterion id, which a move keeps). */
const buttonId = (criterion: UserCriterion, action: 'up' | 'down' | 'remove') =>
  `edition-editor-criterion-${criterion.id}-${action}`;

/** The criteria: 1 to 12, each with its texts, moved up and down, added and removed. */
export function CriteriaSection() {
  const { t } = useUiLocale();
  const { edition, locale, edit, problemsAt, focusAfterRender, announce } = useEditor();
  const introId = useId();
  const problems = problemsAt('criteria');
  const addRefusal = canAddCriterion(edition) ? undefined : t('editor.criteria.atMost', { max: MAX_CRITERIA });
  const keys = keysById(edition.criteria);
  const name = (criterion: UserCriterion, index: number) =>
    nameOf(criterion.label, locale, t('editor.criteria.numbered', { n: index + 1 }));

  const move = (index: number, delta: number) => {
    const criterion = edition.criteria[index];
    if (!criterion) return;
    const to = index + delta;
    edit((current) => moveCriterion(current, index, delta));
    // Keep focus on the button pressed; at an end it is disabled, so the other direction takes it.
    const atEnd = to === 0 ? 'down' : to === edition.criteria.length - 1 ? 'up' : undefined;
    focusAfterRender(buttonId(criterion, atEnd ?? (delta < 0 ? 'up' : 'down')));
    announce(
      t('editor.criteria.moved', { name: name(criterion, index), position: to + 1, count: edition.criteria.length }),
    );
  };

  const remove = (index: number) => {
    const criterion = edition.criteria[index];
    if (!criterion || !canRemoveCriterion(edition)) return;
    edit((current) => removeCriterion(current, index));
    focusAfterRender(HEADING_ID);
    announce(t('editor.removed', { name: name(criterion, index) }));
  };

  return (
    <section className="editor-section" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1} aria-describedby={[introId, ...problemIds(HEADING_ID, problems)].join(' ')}>
        {t('editor.criteria.heading')}
      </h2>
      <p id={introId} className="editor-note">
        {t('editor.criteria.intro', { max: MAX_CRITERIA })}
      </p>
      <FieldProblems domId={HEADING_ID} problems={problems} />
      <ol className="editor-cards">
        {edition.criteria.map((criterion, index) => (
          <li key={keys[index]} className="editor-card">
            <CriterionCard
              criterion={criterion}
              index={index}
              name={name(criterion, index)}
              count={edition.criteria.length}
              onMove={(delta) => move(index, delta)}
              onRemove={() => remove(index)}
            />
          </li>
        ))}
      </ol>
      <AddItemForm
        label={t('editor.criteria.newLabel')}
        action={t('editor.criteria.add')}
        refusal={addRefusal}
        onAdd={(label) => {
          edit((current) => addCriterion(current, locale, label));
          focusAfterRender(fieldDomId(`criteria[${edition.criteria.length}].${label.trim() ? 'definition' : 'label'}`));
        }}
      />
    </section>
  );
}

function CriterionCard({
  criterion,
  index,
  name,
  count,
  onMove,
  onRemove,
}: {
  readonly criterion: UserCriterion;
  readonly index: number;
  readonly name: string;
  readonly count: number;
  readonly onMove: (delta: number) => void;
  readonly onRemove: () => void;
}) {
  const { t } = useUiLocale();
  const { edit } = useEditor();
  const lastOneId = useId();
  const headingId = useId();
  const text = (field: CriterionTextField) =>
    field === 'label' || field === 'definition' ? criterion[field] : criterion.scale[field];
  return (
    <fieldset className="editor-card__body" aria-labelledby={headingId}>
      <div className="editor-card__head">
        <h3 id={headingId} className="editor-card__title">
          {name}
        </h3>
        <div className="editor-card__actions">
          <Button
            size="small"
            id={buttonId(criterion, 'up')}
            disabled={index === 0}
            aria-label={t('editor.criteria.moveUp', { name })}
            onClick={() => onMove(-1)}
          >
            ↑
          </Button>
          <Button
            size="small"
            id={buttonId(criterion, 'down')}
            disabled={index === count - 1}
            aria-label={t('editor.criteria.moveDown', { name })}
            onClick={() => onMove(1)}
          >
            ↓
          </Button>
          <Button
            size="small"
            variant="danger"
            id={buttonId(criterion, 'remove')}
            aria-disabled={count <= 1 || undefined}
            aria-describedby={count <= 1 ? lastOneId : undefined}
            onClick={onRemove}
          >
            {t('editor.criteria.remove', { name })}
          </Button>
        </div>
      </div>
      {count <= 1 ? (
        <p id={lastOneId} className="editor-note">
          {t('editor.criteria.lastOne')}
        </p>
      ) : null}
      <div className="editor-card__fields">
        {FIELDS.map((field) => {
          const path = `criteria[${index}].${field === 'label' || field === 'definition' ? field : `scale.${field}`}`;
          return (
            <BilingualField
              key={field}
              field={path}
              label={t(`editor.criteria.${field}`)}
              text={text(field)}
              onText={(locale, value) =>
                edit((current) => setCriterionText(current, index, field, locale, value), `${path}.${locale}`)
              }
            />
          );
        })}
      </div>
    </fieldset>
  );
}
