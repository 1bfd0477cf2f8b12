import type { DataIssue } from '../../../../domain/edition/issues';
import { useUiLocale } from '../../../../lib/i18n/use-ui-locale';

/** The DOM ids of the messages {@link FieldProblems} renders for a field's problems. */
export function problemIds(domId: string, problems: readonly DataIssue[]): string[] {
  return problems.map((_, index) => `${domId}-problem-${index}`);
}

/** A field's problems, each a message in the reader's language, for its aria-describedby. */
export function FieldProblems({
  domId,
  problems,
  hidden = false,
}: {
  readonly domId: string;
  readonly problems: readonly DataIssue[];
  /** Kept out of sight (a grid cell's, which the details panel shows) but still read as a description. */
  readonly hidden?: boolean;
}) {
  const { t } = useUiLocale();
  if (problems.length === 0) return null;
  const ids = problemIds(domId, problems);
  return (
    <ul className="editor-field__problems" hidden={hidden}>
      {problems.map((problem, index) => (
        <li key={ids[index]} id={ids[index]}>
          {t(`dataIssue.${problem.key}`, { ...problem.values })}
        </li>
      ))}
    </ul>
  );
}
