import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import { fieldDomId } from '../../model/editor-fields';
import { pasteIntoGrid, type GridCell } from '../../model/grid-paste';
import { gridAction } from '../../model/grid-navigation';
import { scoreOf, setScoreValue } from '../../model/score-edits';
import { useEditor } from './editor-context';
import { FieldProblems, problemIds } from './field-problems';
import { nameOf, shownText } from './shown-text';

/** At most this many refused cells are named in the message; the rest are counted. */
const MAX_NAMED_CELLS = 3;

/** A grid cell's field (its problems, its DOM id): `routes[1].scores.latency`. */
export const cellField = (row: number, criterionId: string) => `routes[${row}].scores.${criterionId}`;

export interface ScoreGridProps {
  /** The active cell (clamped to the grid by the caller). */
  readonly active: GridCell;
  readonly onActive: (cell: GridCell) => void;
  /** DOM id of the active cell's reason input (F2 goes there). */
  readonly detailsFocusId: string;
}

/**
 * The scores as a grid of routes × criteria, used like a spreadsheet (the keys are in
 * `gridAction`). One cell is in the tab order (roving tabindex). Enter moves down, as in a
 * spreadsheet: the active cell's details are always shown under the grid, and F2 goes there.
 * Pasting a block from a spreadsheet fills it in from the active cell; Ctrl/Cmd+C copies the
 * active cell's value. An empty cell shows "—" and reads "not scored", never 0.
 */
export function ScoreGrid({ active, onActive, detailsFocusId }: ScoreGridProps) {
  const { t } = useUiLocale();
  const { edition, locale, edit, problemsAt, announce } = useEditor();
  const table = useRef<HTMLTableElement>(null);
  const captionId = useId();
  const helpId = useId();
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const rows = edition.routes.length;
  const columns = edition.criteria.length;
  const routeName = (row: number) =>
    nameOf(edition.routes[row]?.name, locale, t('editor.routes.numbered', { n: row + 1 }));
  const criterionName = (column: number) =>
    nameOf(edition.criteria[column]?.label, locale, t('editor.criteria.numbered', { n: column + 1 }));

  if (rows === 0 || columns === 0) return <p className="editor-note">{t('editor.grid.noRoutes')}</p>;

  const focusCell = (row: number, column: number) => {
    table.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-column="${column}"]`)?.focus();
    onActive({ row, column });
  };

  const setValue = (value: number | undefined) => {
    const criterion = edition.criteria[active.column];
    if (criterion) edit((current) => setScoreValue(current, active.row, criterion.id, value));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.row === undefined || event.altKey || event.nativeEvent.isComposing) return;
    const press = { key: event.key, shift: event.shiftKey, modified: event.ctrlKey || event.metaKey };
    const action = gridAction(press, active, rows, columns);
    if (!action || action.kind === 'leave') return;
    event.preventDefault();
    if (action.kind === 'move') focusCell(action.to.row, action.to.column);
    else if (action.kind === 'set') setValue(action.value);
    else document.getElementById(detailsFocusId)?.focus();
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    if ((event.target as HTMLElement).dataset.row === undefined) return;
    event.preventDefault();
    const result = pasteIntoGrid(edition, active, event.clipboardData.getData('text/plain'));
    if (!result.ok) {
      const named = result.refused.slice(0, MAX_NAMED_CELLS).map((cell) =>
        t('editor.grid.refusedCell', {
          route: routeName(cell.row),
          criterion: criterionName(cell.column),
          got: cell.got,
        }),
      );
      const more = result.refused.length - named.length;
      if (more > 0) named.push(t('editor.grid.refusedMore', { count: more }));
      setRefusal(t('editor.grid.refused', { cells: named.join(' ') }));
      return;
    }
    setRefusal(undefined);
    edit(() => result.edition);
    const pasted = t('editor.grid.pasted', { rows: result.rows, columns: result.columns });
    announce(result.clipped ? `${pasted} ${t('editor.grid.clipped')}` : pasted);
  };

  const onCopy = (event: ClipboardEvent<HTMLTableElement>) => {
    const criterion = edition.criteria[active.column];
    const route = edition.routes[active.row];
    if ((event.target as HTMLElement).dataset.row === undefined || !criterion || !route) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', String(scoreOf(route, criterion.id).value ?? ''));
  };

  return (
    <div className="score-grid">
      <p id={helpId} className="editor-note">
        {t('editor.grid.help')}
      </p>
      <div className="score-grid__scroll" role="region" aria-labelledby={captionId}>
        <table
          ref={table}
          role="grid"
          className="score-grid__table"
          aria-labelledby={captionId}
          aria-describedby={helpId}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onCopy={onCopy}
        >
          <caption id={captionId} className="sr-only">
            {t('editor.grid.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('editor.grid.route')}</th>
              {edition.criteria.map((criterion, column) => {
                const label = shownText(criterion.label, locale);
                return (
                  <th key={`${criterion.id}-${column}`} scope="col" lang={label?.lang}>
                    {label?.text ?? criterionName(column)}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {edition.routes.map((route, row) => {
              const name = shownText(route.name, locale);
              return (
                <tr key={`${route.id}-${row}`}>
                  <th scope="row" lang={name?.lang}>
                    {name?.text ?? routeName(row)}
                  </th>
                  {edition.criteria.map((criterion, column) => {
                    const score = scoreOf(route, criterion.id);
                    const field = cellField(row, criterion.id);
                    const id = fieldDomId(field);
                    const problems = problemsAt(field);
                    const isActive = row === active.row && column === active.column;
                    return (
                      <td
                        key={`${criterion.id}-${column}`}
                        id={id}
                        role="gridcell"
                        className={`grid-score${isActive ? ' grid-score--active' : ''}`}
                        data-row={row}
                        data-column={column}
                        tabIndex={isActive ? 0 : -1}
                        aria-selected={isActive}
                        aria-invalid={problems.length > 0 || undefined}
                        aria-describedby={problemIds(id, problems).join(' ') || undefined}
                        onFocus={() => {
                          if (!isActive) onActive({ row, column });
                        }}
                      >
                        <CellContent score={score} />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {edition.routes.flatMap((_, row) =>
        edition.criteria.map((criterion, column) => {
          const field = cellField(row, criterion.id);
          return (
            <FieldProblems key={`${row}-${column}`} domId={fieldDomId(field)} problems={problemsAt(field)} hidden />
          );
        }),
      )}
      {refusal ? (
        <p role="alert" className="editor-problem">
          {refusal}
        </p>
      ) : null}
    </div>
  );
}

function CellContent({ score }: { readonly score: ReturnType<typeof scoreOf> }) {
  const { t } = useUiLocale();
  const hasReason = Boolean(score.rationale?.zh?.trim() || score.rationale?.en?.trim());
  return (
    <>
      {score.value === undefined ? (
        <>
          <span aria-hidden="true" className="grid-score__missing">
            —
          </span>
          <span className="sr-only">{t('editor.grid.notScored')}</span>
        </>
      ) : (
        <span className="grid-score__value">{score.value}</span>
      )}
      {score.confidence && score.confidence !== 'stated' ? (
        <span className={`grid-score__confidence grid-score__confidence--${score.confidence}`}>
          <span aria-hidden="true">{score.confidence === 'guess' ? '?' : '≈'}</span>
          <span className="sr-only">, {t(`editor.confidenceMark.${score.confidence}`)}</span>
        </span>
      ) : null}
      {hasReason ? (
        <span className="grid-score__reason">
          <span aria-hidden="true">✎</span>
          <span className="sr-only">, {t('editor.grid.hasReason')}</span>
        </span>
      ) : null}
    </>
  );
}
