import { Button } from '../../../../components/ui/button';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';

export interface EditorToolbarProps {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly saveState: 'saving' | 'saved' | { readonly error: string };
  readonly onDone: () => void;
  /** The last thing the editor said (removed, moved, pasted, undone), read politely. */
  readonly message: string;
}

/** Undo, Redo, whether the edition is saved, what the editor last did, and Done; it stays in view while the editor scrolls. */
export function EditorToolbar({ canUndo, canRedo, onUndo, onRedo, saveState, onDone, message }: EditorToolbarProps) {
  const { t } = useUiLocale();
  return (
    <div className="editor-toolbar">
      <Button size="small" disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z" onClick={onUndo}>
        {t('editor.undo')}
      </Button>
      <Button
        size="small"
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        onClick={onRedo}
      >
        {t('editor.redo')}
      </Button>
      <p className="editor-toolbar__save" role="status">
        {saveState === 'saving' ? t('editor.saving') : saveState === 'saved' ? t('editor.saved') : null}
      </p>
      <p className="editor-toolbar__message" role="status">
        {message}
      </p>
      <Button variant="primary" className="editor-toolbar__done" onClick={onDone}>
        {t('editor.done')}
      </Button>
    </div>
  );
}
