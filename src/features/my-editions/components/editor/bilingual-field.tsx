import { useId } from 'react';
import { LOCALE_TAGS } from '../../../../domain/locale';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import { fieldDomId } from '../../model/editor-fields';
import type { UserText } from '../../model/user-edition';
import { useEditor } from './editor-context';
import { FieldProblems, problemIds } from './field-problems';

export interface BilingualFieldProps {
  /** The edited value's path (`criteria[0].label`): its problems, its DOM id, its undo group. */
  readonly field: string;
  /** The visible label. */
  readonly label: string;
  readonly text: UserText | undefined;
  /** Sets the text in one language; '' empties that language. */
  readonly onText: (locale: 'zh' | 'en', value: string) => void;
  /** A textarea instead of a one-line input. */
  readonly multiline?: boolean;
  /** A visually hidden label (when the field sits in a row whose heading names it). */
  readonly hideLabel?: boolean;
}

/**
 * A text in one language or both: the main input edits the reading language; a smaller second input,
 * labelled with the other language, edits that one. When the reading language is empty and the other
 * is not, a line under the input shows the other's text marked "Not translated" (never a blank).
 * Problems at `field` show below it (aria-invalid, aria-describedby).
 */
export function BilingualField({
  field,
  label,
  text,
  onText,
  multiline = false,
  hideLabel = false,
}: BilingualFieldProps) {
  const { t } = useUiLocale();
  const { locale, otherLocale, problemsAt } = useEditor();
  const id = fieldDomId(field);
  const labelId = useId();
  const otherLabelId = useId();
  const hintId = `${id}-untranslated`;
  const problems = problemsAt(field);
  const own = text?.[locale] ?? '';
  const other = text?.[otherLocale] ?? '';
  const showHint = own.trim() === '' && other.trim() !== '';
  const describedBy = [...problemIds(id, problems), ...(showHint ? [hintId] : [])].join(' ') || undefined;
  const Input = multiline ? 'textarea' : 'input';
  return (
    <div className={`editor-field${multiline ? ' editor-field--multiline' : ''}`}>
      <label id={labelId} htmlFor={id} className={hideLabel ? 'sr-only' : 'editor-field__label'}>
        {label}
      </label>
      <Input
        id={id}
        className="editor-input"
        lang={LOCALE_TAGS[locale]}
        value={own}
        placeholder={showHint ? other : undefined}
        {...(multiline ? { rows: 2 } : { type: 'text' })}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onText(locale, event.currentTarget.value)}
      />
      {showHint ? (
        <p id={hintId} className="editor-field__untranslated">
          <span className="untranslated-mark">{t('editor.notTranslated')}</span>{' '}
          <span lang={LOCALE_TAGS[otherLocale]}>{other}</span>
        </p>
      ) : null}
      <div className="editor-field__other">
        <span id={otherLabelId} className="editor-field__language" lang={LOCALE_TAGS[otherLocale]}>
          {t(`editor.languageNames.${otherLocale}`)}
        </span>
        <Input
          id={`${id}-${otherLocale}`}
          className="editor-input editor-input--other"
          lang={LOCALE_TAGS[otherLocale]}
          value={other}
          {...(multiline ? { rows: 2 } : { type: 'text' })}
          aria-labelledby={`${labelId} ${otherLabelId}`}
          onChange={(event) => onText(otherLocale, event.currentTarget.value)}
        />
      </div>
      <FieldProblems domId={id} problems={problems} />
    </div>
  );
}
