import { useId } from 'react';
import { Button } from '../../../../components/ui/button';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import { fieldDomId } from '../../model/editor-fields';
import { addTrend, removeTrend, setTrendName } from '../../model/user-edition-edits';
import { AddItemForm } from './add-item-form';
import { BilingualField } from './bilingual-field';
import { useEditor } from './editor-context';
import { keysById, nameOf } from './shown-text';

const HEADING_ID = fieldDomId('trends');

/** The groups (the data's trends): optional; added, renamed and removed (their routes become ungrouped). */
export function GroupsSection() {
  const { t } = useUiLocale();
  const { edition, locale, edit, focusAfterRender, announce } = useEditor();
  const introId = useId();
  const removeNoteId = useId();
  const keys = keysById(edition.trends);
  return (
    <section className="editor-section" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1} aria-describedby={introId}>
        {t('editor.groups.heading')}
      </h2>
      <p id={introId} className="editor-note">
        {t('editor.groups.intro')}
      </p>
      <p id={removeNoteId} hidden>
        {t('editor.groups.removeNote')}
      </p>
      {edition.trends.length === 0 ? <p className="editor-note">{t('editor.groups.none')}</p> : null}
      <ul className="editor-rows">
        {edition.trends.map((trend, index) => {
          const name = nameOf(trend.name, locale, t('editor.groups.numbered', { n: index + 1 }));
          const path = `trends[${index}].name`;
          return (
            <li key={keys[index]} className="editor-row">
              <BilingualField
                field={path}
                label={t('editor.groups.numbered', { n: index + 1 })}
                text={trend.name}
                onText={(language, value) =>
                  edit((current) => setTrendName(current, index, language, value), `${path}.${language}`)
                }
              />
              <Button
                size="small"
                variant="danger"
                aria-describedby={removeNoteId}
                onClick={() => {
                  edit((current) => removeTrend(current, index));
                  focusAfterRender(HEADING_ID);
                  announce(t('editor.removed', { name }));
                }}
              >
                {t('editor.groups.remove', { name })}
              </Button>
            </li>
          );
        })}
      </ul>
      <AddItemForm
        label={t('editor.groups.newName')}
        action={t('editor.groups.add')}
        onAdd={(name) => {
          edit((current) => addTrend(current, locale, name));
          focusAfterRender(fieldDomId(`trends[${edition.trends.length}].name`));
        }}
      />
    </section>
  );
}
