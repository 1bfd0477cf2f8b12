import { useState } from 'react';
import { vi } from 'vitest';
import type { Locale } from '../../../domain/locale';
import { renderWithProviders } from '../../../../tests/utils/render';
import { EditionEditor, type EditionEditorProps } from '../components/editor/edition-editor';
import type { UserEdition } from '../model/user-edition';

/**
 * Renders the editor the way the page will: a parent that keeps each edition it is given.
 * `current()` is the edition as last changed; `changes` every edition handed to onChange.
 */
export function renderEditor(
  initial: UserEdition,
  { lng = 'en', saveState = 'saved' }: { lng?: Locale; saveState?: EditionEditorProps['saveState'] } = {},
) {
  const changes: UserEdition[] = [];
  const onDone = vi.fn();
  function Parent() {
    const [edition, setEdition] = useState(initial);
    return (
      <EditionEditor
        edition={edition}
        onChange={(next) => {
          changes.push(next);
          setEdition(next);
        }}
        saveState={saveState}
        onDone={onDone}
      />
    );
  }
  const result = renderWithProviders(<Parent />, { lng });
  return { ...result, changes, onDone, current: () => changes.at(-1) ?? initial };
}
