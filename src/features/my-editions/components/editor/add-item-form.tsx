import { useId, useState, type SyntheticEvent } from 'react';
import { Button } from '../../../../components/ui/button';

export interface AddItemFormProps {
  /** The name input's label ("Name of a new criterion"). */
  readonly label: string;
  /** The button's text ("Add criterion"). */
  readonly action: string;
  /** Why nothing can be added now (shown, and read with the button); none: it can. */
  readonly refusal?: string | undefined;
  /** Adds an item named `name` (possibly empty: the item gets a numbered name and a problem at its field). */
  readonly onAdd: (name: string) => void;
  /** DOM id of the button (a problem about the whole list links to it). */
  readonly buttonId?: string;
}

/**
 * A name and an Add button: the new item's id comes from the name typed here, so it reads well in
 * links and files. Refused with the reason shown (the button stays focusable, `aria-disabled`).
 */
export function AddItemForm({ label, action, refusal, onAdd, buttonId }: AddItemFormProps) {
  const [name, setName] = useState('');
  const inputId = useId();
  const reasonId = useId();
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (refusal) return;
    onAdd(name);
    setName('');
  };
  return (
    <form className="editor-add" onSubmit={submit}>
      <label htmlFor={inputId} className="editor-field__label">
        {label}
      </label>
      <div className="editor-add__row">
        <input
          id={inputId}
          className="editor-input"
          type="text"
          // Typed here is not yet in the edition, so Ctrl+Z here is the input's own (see EditionEditor).
          data-own-undo=""
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Button
          type="submit"
          id={buttonId}
          aria-disabled={refusal ? true : undefined}
          aria-describedby={refusal ? reasonId : undefined}
        >
          {action}
        </Button>
      </div>
      {refusal ? (
        <p id={reasonId} className="editor-note">
          {refusal}
        </p>
      ) : null}
    </form>
  );
}
