import { useEffect, useRef, type ReactNode } from 'react';
import { buttonClassName } from './button';

/**
 * A drop-down on the disclosure pattern: a native `<details>` whose `<summary>` is the button (it
 * reports expanded or collapsed itself) and whose panel floats below. Beyond what `<details>` does:
 * Escape closes it and puts focus back on its button, a press outside closes it, and opening one
 * closes any other (they share a `name`, so two panels never lie over each other). `children` is
 * the panel, an element with the `menu__panel` class.
 */
export function Menu({
  label,
  children,
  onOpenChange,
  onPointerEnter,
}: {
  readonly label: ReactNode;
  readonly children: ReactNode;
  /** Told when the panel opens or closes (a panel whose content loads on first opening). */
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
  /** Pointing at the menu (to start loading what its panel needs). */
  readonly onPointerEnter?: (() => void) | undefined;
}) {
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const node = details.current;
      if (node?.open && event.target instanceof Node && !node.contains(event.target)) node.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);

  return (
    <details
      ref={details}
      className="menu"
      name="menu"
      onToggle={(event) => onOpenChange?.(event.currentTarget.open)}
      onPointerEnter={onPointerEnter}
      onKeyDown={(event) => {
        const node = details.current;
        if (event.key !== 'Escape' || !node?.open) return;
        event.preventDefault();
        // Only the innermost open menu answers an Escape.
        event.stopPropagation();
        node.open = false;
        node.querySelector('summary')?.focus();
      }}
    >
      <summary className={buttonClassName({ size: 'small' })}>{label}</summary>
      {children}
    </details>
  );
}
