import './editor-layout.css';
import './editor-fields.css';
import './editor-lists.css';
import './editor-scores.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Notice } from '../../../../components/ui/notice';
import { addOnDemandStrings } from '../../../../lib/i18n/i18n';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';
import en from '../../../../locales/on-demand/editor.en.json';
import zh from '../../../../locales/on-demand/editor.zh.json';
import { emptyHistory, recordEdit, redoEdit, undoEdit, type EditHistory } from '../../model/edit-history';
import { fieldDomId, problemsByField } from '../../model/editor-fields';
import type { GridCell } from '../../model/grid-paste';
import { setEditionText } from '../../model/user-edition-edits';
import type { UserEdition } from '../../model/user-edition';
import { userEditionProblems } from '../../model/user-edition-schema';
import { BilingualField } from './bilingual-field';
import { CriteriaSection } from './criteria-section';
import { EditorContext, type EditorApi } from './editor-context';
import { EditorToolbar } from './editor-toolbar';
import { GroupsSection } from './groups-section';
import { ProblemSummary } from './problem-summary';
import { RouteListSection } from './route-list-section';
import { ScoreDetails, rationaleField } from './score-details';
import { ScoreGrid } from './score-grid';

// The editor's strings come with its code, not with the first view.
addOnDemandStrings({ en, zh });

export interface EditionEditorProps {
  /** The edition as last changed (controlled). */
  readonly edition: UserEdition;
  /** Every edit, with the whole next edition; the parent stores it (autosave). */
  readonly onChange: (next: UserEdition) => void;
  /** What the parent's autosave says: 'saving' | 'saved' | { error: string } (translated message). */
  readonly saveState: 'saving' | 'saved' | { readonly error: string };
  /** "Done": show the comparison (the parent switches to the table view). */
  readonly onDone: () => void;
  /** Receives the view's heading, which the page focuses when the view opens (like the other views). */
  readonly headingRef?: (node: HTMLHeadingElement | null) => void;
}

const NO_PROBLEMS: readonly never[] = [];

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * The editor of a user edition ("comparison"): its title and question, criteria, groups, routes and
 * the score grid with the active cell's details; undo and redo across every edit (Ctrl/Cmd+Z,
 * Shift+Ctrl/Cmd+Z, Ctrl+Y, and buttons); problems at each field and counted at the top; the
 * parent's saving state; Done. Controlled: every edit goes to `onChange` as a whole edition, and
 * the history holds whole editions, so Undo restores exactly what was there (and, since every
 * keystroke is an edit, it also stands in for a text input's own undo).
 */
export function EditionEditor({ edition, onChange, saveState, onDone, headingRef }: EditionEditorProps) {
  const { t, locale } = useUiLocale();
  const root = useRef<HTMLDivElement>(null);
  // The latest edition, including an edit made in this tick before the parent re-rendered us.
  const latest = useRef(edition);
  useLayoutEffect(() => {
    latest.current = edition;
  }, [edition]);
  const [kept, setKept] = useState<{ readonly id: string; readonly history: EditHistory<UserEdition> }>(() => ({
    id: edition.id,
    history: emptyHistory(),
  }));
  // Another edition opened in the same editor starts with no history.
  const history = kept.id === edition.id ? kept.history : emptyHistory<UserEdition>();
  const [active, setActive] = useState<GridCell>({ row: 0, column: 0 });
  const [message, setMessage] = useState('');
  const pendingFocus = useRef<string | undefined>(undefined);
  // Bumped to re-render when focus must move after a render that nothing else causes.
  const [, setFocusRequest] = useState(0);

  const problems = useMemo(() => userEditionProblems(edition), [edition]);
  const byField = useMemo(() => problemsByField(problems), [problems]);

  const apply = useCallback(
    (next: UserEdition) => {
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );

  const edit = useCallback<EditorApi['edit']>(
    (change, group) => {
      const before = latest.current;
      const next = change(before);
      if (next === before) return;
      const at = Date.now();
      setKept((current) => ({
        id: before.id,
        history: recordEdit(current.id === before.id ? current.history : emptyHistory(), before, group, at),
      }));
      apply(next);
    },
    [apply],
  );

  const undo = useCallback(() => {
    const result = undoEdit(history, latest.current);
    if (!result) return;
    setKept({ id: result.state.id, history: result.history });
    apply(result.state);
    setMessage(t('editor.undone'));
  }, [history, apply, t]);

  const redo = useCallback(() => {
    const result = redoEdit(history, latest.current);
    if (!result) return;
    setKept({ id: result.state.id, history: result.history });
    apply(result.state);
    setMessage(t('editor.redone'));
  }, [history, apply, t]);

  // Undo and redo from anywhere in the editor, a text input included: every keystroke there is an
  // edit in the history, so the history's undo replaces the input's own (which React's controlled
  // inputs would garble), except in a new item's name, which is not in the edition yet. Also from the page's body, where focus falls when an edit removes the
  // focused field; not from an input elsewhere on the page, which keeps its own undo.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.altKey || !(event.ctrlKey || event.metaKey)) return;
      const target = event.target;
      const inside = target instanceof Node && Boolean(root.current?.contains(target));
      if (!inside && (isEditable(target) || target !== document.body)) return;
      // A new item's name, not yet in the edition, keeps the input's own undo.
      if (target instanceof HTMLElement && target.hasAttribute('data-own-undo')) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
      } else if (key === 'y' && event.ctrlKey && !event.shiftKey) {
        event.preventDefault();
        redo();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    pendingFocus.current = undefined;
    document.getElementById(id)?.focus();
  });

  const rows = edition.routes.length;
  const columns = edition.criteria.length;
  const cell: GridCell = {
    row: Math.max(0, Math.min(active.row, rows - 1)),
    column: Math.max(0, Math.min(active.column, columns - 1)),
  };
  const activeCriterion = edition.criteria[cell.column];

  const api = useMemo<EditorApi>(
    () => ({
      edition,
      locale,
      otherLocale: locale === 'zh' ? 'en' : 'zh',
      edit,
      problemsAt: (field) => byField.get(field) ?? NO_PROBLEMS,
      focusAfterRender: (id) => {
        pendingFocus.current = id;
        setFocusRequest((n) => n + 1);
      },
      announce: setMessage,
    }),
    [edition, locale, edit, byField],
  );

  return (
    <EditorContext.Provider value={api}>
      <section className="view edition-editor" aria-labelledby="view-heading">
        <div ref={root}>
          <header className="view__header">
            <h1 id="view-heading" ref={headingRef} tabIndex={-1}>
              {t('editor.heading')}
            </h1>
          </header>
          <EditorToolbar
            canUndo={history.past.length > 0}
            canRedo={history.future.length > 0}
            onUndo={undo}
            onRedo={redo}
            saveState={saveState}
            onDone={onDone}
            message={message}
          />
          {typeof saveState === 'object' ? (
            <Notice tone="error" role="alert" as="p">
              {t('editor.saveError', { message: saveState.error })}
            </Notice>
          ) : null}
          <ProblemSummary problems={problems} />
          <section className="editor-section" aria-labelledby="edition-editor-about">
            <h2 id="edition-editor-about">{t('editor.about.heading')}</h2>
            <BilingualField
              field="title"
              label={t('editor.about.title')}
              text={edition.title}
              onText={(language, value) =>
                edit((current) => setEditionText(current, 'title', language, value), `title.${language}`)
              }
            />
            <BilingualField
              field="introduction"
              label={t('editor.about.introduction')}
              text={edition.introduction}
              multiline
              onText={(language, value) =>
                edit((current) => setEditionText(current, 'introduction', language, value), `introduction.${language}`)
              }
            />
          </section>
          <CriteriaSection />
          <GroupsSection />
          <RouteListSection />
          <section className="editor-section" aria-labelledby="edition-editor-scores">
            <h2 id="edition-editor-scores">{t('editor.grid.heading')}</h2>
            <ScoreGrid
              active={cell}
              onActive={setActive}
              detailsFocusId={activeCriterion ? fieldDomId(rationaleField(cell, activeCriterion.id)) : ''}
            />
            <ScoreDetails cell={cell} />
          </section>
        </div>
      </section>
    </EditorContext.Provider>
  );
}

export default EditionEditor;
