import type { ReactNode } from 'react';

/** One choice of a {@link SegmentedControl}. */
export interface SegmentedOption<T extends string> {
  readonly value: T;
  /** What the option shows; its text is the option's accessible name. */
  readonly label: ReactNode;
  /** BCP 47 tag, when the label is in another language than the page (`中文` on an English page). */
  readonly lang?: string;
}

/**
 * A row of toggle buttons of which exactly one is on: a `group` named `label`, each option a
 * button with `aria-pressed` (true for `value`). Clicking an option calls `onChange` with its
 * value, also when it is already on. For a handful of options that all fit on one line (language,
 * theme); longer lists are a `<select>`.
 */
export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  /** The group's accessible name, in the UI language (e.g. "Language" / "语言"). */
  readonly label: string;
  readonly options: readonly SegmentedOption<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="segmented__option"
          lang={option.lang}
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
