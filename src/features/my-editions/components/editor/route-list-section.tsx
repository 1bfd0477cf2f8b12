import { useId } from 'react';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import { fieldDomId } from '../../model/editor-fields';
import { addRoute } from '../../model/route-edits';
import { AddItemForm } from './add-item-form';
import { useEditor } from './editor-context';
import { FieldProblems, problemIds } from './field-problems';
import { RouteCard } from './route-card';
import { keysById } from './shown-text';

const HEADING_ID = fieldDomId('routes');

/** The routes: added, named, grouped, described by strengths, weaknesses, tags and examples, removed. */
export function RouteListSection() {
  const { t } = useUiLocale();
  const { edition, locale, edit, problemsAt, focusAfterRender } = useEditor();
  const introId = useId();
  const problems = problemsAt('routes');
  const keys = keysById(edition.routes);
  return (
    <section className="editor-section" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1} aria-describedby={[introId, ...problemIds(HEADING_ID, problems)].join(' ')}>
        {t('editor.routes.heading')}
      </h2>
      <p id={introId} className="editor-note">
        {t('editor.routes.intro')}
      </p>
      <FieldProblems domId={HEADING_ID} problems={problems} />
      {edition.routes.length === 0 ? <p className="editor-note">{t('editor.routes.none')}</p> : null}
      <ol className="editor-cards">
        {edition.routes.map((route, index) => (
          <li key={keys[index]} className="editor-card">
            <RouteCard route={route} index={index} headingId={HEADING_ID} />
          </li>
        ))}
      </ol>
      <AddItemForm
        label={t('editor.routes.newName')}
        action={t('editor.routes.add')}
        onAdd={(name) => {
          edit((current) => addRoute(current, locale, name));
          focusAfterRender(fieldDomId(`routes[${edition.routes.length}].${name.trim() ? 'trendId' : 'name'}`));
        }}
      />
    </section>
  );
}
