import type { TFunction } from 'i18next';
import type { DataIssue } from '../../../../domain/edition/issues';
import type { Locale } from '../../../../domain/locale';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import { fieldDomId, problemField } from '../../model/editor-fields';
import type { UserEdition } from '../../model/user-edition';
import { useEditor } from './editor-context';
import { nameOf } from './shown-text';

const ITEM = /^(criteria|trends|routes)\[(\d+)\]\.?(.*)$/;
const FIELD_KEYS: Readonly<Record<string, string>> = {
  label: 'editor.criteria.label',
  definition: 'editor.criteria.definition',
  'scale.low': 'editor.criteria.low',
  'scale.mid': 'editor.criteria.mid',
  'scale.high': 'editor.criteria.high',
};

/**
 * Where a problem is, for a reader: "Latency · What 1 means", "PostgreSQL · Ecosystem" (a score),
 * "Title"; the JSON path when the editor has no field for it (a preset's weights).
 */
export function problemPlace(field: string, edition: UserEdition, locale: Locale, t: TFunction): string {
  if (field === 'title') return t('editor.about.title');
  if (field === 'introduction') return t('editor.about.introduction');
  if (field === 'criteria') return t('editor.criteria.heading');
  if (field === 'routes') return t('editor.routes.heading');
  const match = ITEM.exec(field);
  if (!match) return field;
  const [, list = '', at = '0', rest = ''] = match;
  const index = Number(at);
  if (list === 'criteria') {
    const item = nameOf(edition.criteria[index]?.label, locale, t('editor.criteria.numbered', { n: index + 1 }));
    const key = FIELD_KEYS[rest];
    return key ? t('editor.place', { item, field: t(key as 'editor.criteria.label') }) : item;
  }
  if (list === 'trends')
    return nameOf(edition.trends[index]?.name, locale, t('editor.groups.numbered', { n: index + 1 }));
  const route = edition.routes[index];
  const item = nameOf(route?.name, locale, t('editor.routes.numbered', { n: index + 1 }));
  const score = /^scores\.(.+)$/.exec(rest);
  if (score?.[1]) {
    const criterionIndex = edition.criteria.findIndex((criterion) => criterion.id === score[1]);
    const criterion = edition.criteria[criterionIndex];
    return t('editor.place', { item, field: criterion ? nameOf(criterion.label, locale, criterion.id) : score[1] });
  }
  const fieldKey =
    rest === 'trendId' ? 'editor.routes.group' : rest === 'tags' ? 'editor.routes.tags' : 'editor.routes.name';
  return t('editor.place', { item, field: t(fieldKey) });
}

/** Whether the editor has a field for `field` (presets and tag labels have none, nor a score of an unknown criterion). */
function hasField(field: string, edition: UserEdition): boolean {
  if (/^(presets|tags)\b/.test(field)) return false;
  const score = /^routes\[\d+\]\.scores\.(.+)$/.exec(field);
  return !score || edition.criteria.some((criterion) => criterion.id === score[1]);
}

/**
 * How many problems the comparison has, and a link to each one's field (in a disclosure, since a new
 * comparison has many empty scores). A link moves focus to the field without touching the address
 * (its fragment may carry a shared comparison).
 */
export function ProblemSummary({ problems }: { readonly problems: readonly DataIssue[] }) {
  const { t } = useUiLocale();
  const { edition, locale } = useEditor();
  if (problems.length === 0) {
    return <p className="editor-summary editor-summary--clean">{t('editor.noProblems')}</p>;
  }
  return (
    <details className="editor-summary">
      <summary>{t('editor.problems', { count: problems.length })}</summary>
      <p className="editor-note">{t('editor.problemsNote')}</p>
      <ul>
        {problems.map((problem, index) => {
          const field = problemField(problem.path);
          const text = t('editor.problemAt', {
            place: problemPlace(field, edition, locale, t),
            problem: t(`dataIssue.${problem.key}`, { ...problem.values }),
          });
          const id = fieldDomId(field);
          // A path can repeat (two problems at one field), so the index keeps keys unique.
          const key = `${problem.path}-${index}`;
          if (!hasField(field, edition)) return <li key={key}>{text}</li>;
          return (
            <li key={key}>
              <a
                href={`#${id}`}
                onClick={(event) => {
                  const target = document.getElementById(id);
                  event.preventDefault();
                  if (!target) return;
                  target.focus();
                }}
              >
                {text}
              </a>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
