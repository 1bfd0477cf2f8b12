import { Button } from '../../../../components/ui/button';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import { fieldDomId } from '../../model/editor-fields';
import { addListItem, removeListItem, setListItem, type RouteList } from '../../model/route-edits';
import type { UserRoute } from '../../model/user-edition';
import { BilingualField } from './bilingual-field';
import { useEditor } from './editor-context';

/**
 * One of a route's lists of texts (strengths, weaknesses, examples): each item a bilingual field with
 * its Remove button, and an Add button. Removing a strength a score cites drops that cite, and the
 * cites of the items after it follow them (see `removeListItem`).
 */
export function TextListField({
  routeIndex,
  route,
  list,
}: {
  readonly routeIndex: number;
  readonly route: UserRoute;
  readonly list: RouteList;
}) {
  const { t } = useUiLocale();
  const { edit, focusAfterRender } = useEditor();
  const addId = `${fieldDomId(`routes[${routeIndex}].${list}`)}-add`;
  const items = route[list];
  return (
    <fieldset className="editor-list">
      <legend className="editor-field__label">{t(`editor.routes.${list}`)}</legend>
      {items.length > 0 ? (
        <ol className="editor-list__items">
          {items.map((text, item) => {
            const path = `routes[${routeIndex}].${list}[${item}]`;
            const itemName = t(`editor.routes.item.${list}`, { n: item + 1 });
            return (
              // Items have no ids: a position is what cites refer to, so it is the key too.
              <li key={item} className="editor-row">
                <BilingualField
                  field={path}
                  label={itemName}
                  text={text}
                  onText={(language, value) =>
                    edit(
                      (current) => setListItem(current, routeIndex, list, item, language, value),
                      `${path}.${language}`,
                    )
                  }
                />
                <Button
                  size="small"
                  variant="quiet"
                  onClick={() => {
                    edit((current) => removeListItem(current, routeIndex, list, item));
                    const next =
                      items.length > 1 ? fieldDomId(`routes[${routeIndex}].${list}[${Math.max(0, item - 1)}]`) : addId;
                    focusAfterRender(next);
                  }}
                >
                  {t('editor.routes.removeItem', { item: itemName })}
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <Button
        size="small"
        id={addId}
        onClick={() => {
          edit((current) => addListItem(current, routeIndex, list));
          focusAfterRender(fieldDomId(`routes[${routeIndex}].${list}[${items.length}]`));
        }}
      >
        {t(`editor.routes.addItem.${list}`)}
      </Button>
    </fieldset>
  );
}
