import type { ComponentProps } from 'react';

/** How a button stands out, beside the plain outlined one: the view's main action, no frame, or destroys data. */
export type ButtonVariant = 'primary' | 'quiet' | 'danger';

/** Smaller than the plain one, for toolbars, menus and rows. */
export type ButtonSize = 'small';

/** What {@link buttonClassName} builds a class list from. */
export interface ButtonLook {
  /** None for the plain outlined button. */
  readonly variant?: ButtonVariant | undefined;
  /** None for the plain size. */
  readonly size?: ButtonSize | undefined;
  /** More classes, after the button's own (e.g. `dialog__close`). */
  readonly className?: string | undefined;
}

/**
 * The class list of a button with this look: `button`, then `button--{variant}`, then
 * `button--{size}`, then `className` (`button button--quiet button--small`). For an element that
 * looks like a button but is not one (a `<summary>` that opens a menu); a real button is {@link Button}.
 */
export function buttonClassName({ variant, size, className }: ButtonLook = {}): string {
  return ['button', variant && `button--${variant}`, size && `button--${size}`, className].filter(Boolean).join(' ');
}

/** A `<button>`'s props (its `ref` among them), plus its look. */
export type ButtonProps = ComponentProps<'button'> & Omit<ButtonLook, 'className'>;

/**
 * The product's button: a `<button type="button">` (pass `type="submit"` in a form) with the
 * classes of its `variant` and `size` (see {@link buttonClassName}); every other prop, `ref`
 * included, goes to the `<button>`, so it works as a Radix `asChild` target.
 */
export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  // `type` is always set: a button without one submits the form it sits in.
  return <button type={type} className={buttonClassName({ variant, size, className })} {...props} />;
}
