import { VIEW_IDS, type ViewId, type ViewState } from '../../domain/view-state';
import { encodeViewState } from '../../domain/view-state-codec';
import { useUiLocale } from '../../lib/i18n/use-ui-locale';

function hrefFor(state: ViewState, view: ViewId, criterionIds: readonly string[]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(encodeViewState({ ...state, view }, criterionIds))) {
    if (value !== null) params.set(key, value);
  }
  return `?${params.toString()}`;
}

/**
 * The dashboard's views as links (each a real address, so it can open in a new tab), the current
 * one marked `aria-current="page"`. A plain click switches in place through `onSelect`.
 */
export function ViewNav({
  state,
  criterionIds,
  editable,
  onSelect,
}: {
  readonly state: ViewState;
  readonly criterionIds: readonly string[];
  /** The edition is the reader's own: the editor is one of its views. */
  readonly editable: boolean;
  readonly onSelect: (view: ViewId) => void;
}) {
  const { t } = useUiLocale();
  return (
    <nav className="view-nav" aria-label={t('views.label')}>
      <ul>
        {VIEW_IDS.filter((view) => editable || view !== 'edit').map((view) => (
          <li key={view}>
            <a
              href={hrefFor(state, view, criterionIds)}
              aria-current={state.view === view ? 'page' : undefined}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                onSelect(view);
              }}
            >
              {t(`views.${view}`)}
              {view === 'compare' && state.selection.length > 0 ? (
                <span className="view-nav__count">{state.selection.length}</span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
