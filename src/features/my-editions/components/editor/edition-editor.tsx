import type { UserEdition } from '../../model/user-edition';

/** Props of the comparison editor (see the editor's own module for the behaviour). */
export interface EditionEditorProps {
  readonly edition: UserEdition;
  readonly onChange: (next: UserEdition) => void;
  readonly saveState: 'saving' | 'saved' | { readonly error: string };
  readonly onDone: () => void;
}

/** Placeholder until the editor lands. */
export function EditionEditor({ onDone }: EditionEditorProps) {
  return (
    <button type="button" onClick={onDone}>
      Done
    </button>
  );
}
export default EditionEditor;
