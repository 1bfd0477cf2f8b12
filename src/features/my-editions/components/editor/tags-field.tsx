import { useId, useState } from 'react';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import { fieldDomId } from '../../model/editor-fields';
import { setRouteTags } from '../../model/route-edits';
import type { UserRoute } from '../../model/user-edition';
import { useEditor } from './editor-context';
import { FieldProblems, problemIds } from './field-problems';
import { nameOf } from './shown-text';

/**
 * A route's tags as one line of comma-separated labels. Each keystroke updates the edition (known
 * labels become the known tag, new ones new tags); what is typed stays as typed while the route's
 * tags are the ones it last gave (so a trailing comma survives), and shows the tags' labels again
 * once they change from elsewhere (Undo).
 */
export function TagsField({ routeIndex, route }: { readonly routeIndex: number; readonly route: UserRoute }) {
  const { t } = useUiLocale();
  const { edition, locale, edit, problemsAt } = useEditor();
  const field = `routes[${routeIndex}].tags`;
  const id = fieldDomId(field);
  const hintId = useId();
  const problems = problemsAt(field);
  const [draft, setDraft] = useState<{ readonly text: string; readonly tags: string } | undefined>(undefined);
  const labels = route.tags
    .map((tagId) => {
      const tag = edition.tags.find((item) => item.id === tagId);
      return tag ? nameOf(tag.label, locale, tag.id) : tagId;
    })
    .join(', ');
  const value = draft?.tags === route.tags.join(',') ? draft.text : labels;
  return (
    <div className="editor-field">
      <label htmlFor={id} className="editor-field__label">
        {t('editor.routes.tags')}
      </label>
      <input
        id={id}
        className="editor-input"
        type="text"
        value={value}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={[hintId, ...problemIds(id, problems)].join(' ')}
        onChange={(event) => {
          const text = event.currentTarget.value;
          const next = setRouteTags(edition, routeIndex, locale, text);
          setDraft({ text, tags: (next.routes[routeIndex]?.tags ?? []).join(',') });
          edit(() => next, `${field}.${locale}`);
        }}
        onBlur={() => setDraft(undefined)}
      />
      <p id={hintId} className="editor-note">
        {t('editor.routes.tagsHint')}
      </p>
      <FieldProblems domId={id} problems={problems} />
    </div>
  );
}
