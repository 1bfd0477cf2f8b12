import { createContext, useContext } from 'react';
import type { DataIssue } from '../../../../domain/edition/issues';
import type { Locale } from '../../../../domain/locale';
import type { UserEdition } from '../../model/user-edition';

/** What every part of the editor reads and calls; provided by `EditionEditor`. */
export interface EditorApi {
  /** The edition as last changed (an edit made in the same tick is already in it). */
  readonly edition: UserEdition;
  /** The reading language, which every main input edits. */
  readonly locale: Locale;
  /** The other language, edited by each field's second, smaller input. */
  readonly otherLocale: Locale;
  /**
   * Applies an edit to the latest edition and hands the result to the parent, as one undo step, or
   * as part of the step before when `group` names the same field edited less than a second ago.
   */
  readonly edit: (change: (edition: UserEdition) => UserEdition, group?: string) => void;
  /** The problems shown at an editor field (`criteria[0].label`, `routes[1].scores.latency`). */
  readonly problemsAt: (field: string) => readonly DataIssue[];
  /** Moves focus to the element with this DOM id after the next render (e.g. a just added input). */
  readonly focusAfterRender: (domId: string) => void;
  /** Says something politely to screen readers (and shows it in the toolbar's status line). */
  readonly announce: (message: string) => void;
}

export const EditorContext = createContext<EditorApi | null>(null);

/** The editor's API; only inside `EditionEditor`. */
export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor is used outside EditionEditor');
  return api;
}
