import { useId } from 'react';
import { Button } from '../../../../components/ui/button';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import { fieldDomId } from '../../model/editor-fields';
import { removeRoute, setRouteName, setRouteTrend } from '../../model/route-edits';
import type { UserRoute } from '../../model/user-edition';
import { BilingualField } from './bilingual-field';
import { useEditor } from './editor-context';
import { FieldProblems, problemIds } from './field-problems';
import { nameOf } from './shown-text';
import { TagsField } from './tags-field';
import { TextListField } from './text-list-field';

const UNGROUPED = '';

/** One route's fields: name, group, strengths, weaknesses, tags, examples, and its removal. */
export function RouteCard({
  route,
  index,
  headingId,
}: {
  readonly route: UserRoute;
  readonly index: number;
  /** Where focus goes when the route is removed (the routes' heading). */
  readonly headingId: string;
}) {
  const { t } = useUiLocale();
  const { edition, locale, edit, problemsAt, focusAfterRender, announce } = useEditor();
  const titleId = useId();
  const name = nameOf(route.name, locale, t('editor.routes.numbered', { n: index + 1 }));
  const groupField = `routes[${index}].trendId`;
  const groupId = fieldDomId(groupField);
  const groupProblems = problemsAt(groupField);
  const knownGroup = route.trendId === undefined || edition.trends.some((trend) => trend.id === route.trendId);
  return (
    <fieldset className="editor-card__body" aria-labelledby={titleId}>
      <div className="editor-card__head">
        <h3 id={titleId} className="editor-card__title">
          {name}
        </h3>
        <div className="editor-card__actions">
          <Button
            size="small"
            variant="danger"
            onClick={() => {
              edit((current) => removeRoute(current, index));
              focusAfterRender(headingId);
              announce(t('editor.removed', { name }));
            }}
          >
            {t('editor.routes.remove', { name })}
          </Button>
        </div>
      </div>
      <div className="editor-card__fields">
        <BilingualField
          field={`routes[${index}].name`}
          label={t('editor.routes.name')}
          text={route.name}
          onText={(language, value) =>
            edit((current) => setRouteName(current, index, language, value), `routes[${index}].name.${language}`)
          }
        />
        <div className="editor-field">
          <label htmlFor={groupId} className="editor-field__label">
            {t('editor.routes.group')}
          </label>
          <select
            id={groupId}
            className="editor-input editor-select"
            value={route.trendId ?? UNGROUPED}
            aria-invalid={groupProblems.length > 0 || undefined}
            aria-describedby={problemIds(groupId, groupProblems).join(' ') || undefined}
            onChange={(event) => {
              const value = event.currentTarget.value;
              edit((current) => setRouteTrend(current, index, value === UNGROUPED ? undefined : value));
            }}
          >
            <option value={UNGROUPED}>{t('editor.groups.ungrouped')}</option>
            {edition.trends.map((trend, trendIndex) => (
              <option key={`${trend.id}-${trendIndex}`} value={trend.id}>
                {nameOf(trend.name, locale, t('editor.groups.numbered', { n: trendIndex + 1 }))}
              </option>
            ))}
            {knownGroup ? null : <option value={route.trendId}>{route.trendId}</option>}
          </select>
          <FieldProblems domId={groupId} problems={groupProblems} />
        </div>
        <TextListField routeIndex={index} route={route} list="strengths" />
        <TextListField routeIndex={index} route={route} list="weaknesses" />
        <TagsField routeIndex={index} route={route} />
        <TextListField routeIndex={index} route={route} list="examples" />
      </div>
    </fieldset>
  );
}
