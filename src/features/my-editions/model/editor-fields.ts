import type { DataIssue } from '../../../domain/edition/issues';

/**
 * Where the editor shows a problem of a user edition (see `userEditionProblems`): each problem's
 * JSON path names a *field* of the editor, the path of the value it edits (`criteria[0].label`,
 * `routes[2].scores.latency`). A few paths point inside a field (a repeated id is shown at the
 * name it came from; a bad tag at the route's tags; anything about a score at its grid cell).
 */

const SCORE_CELL = /^(routes\[\d+\]\.scores\.[a-z0-9-]+)(?:\.|$)/;
const ID_OF = /^((?:criteria|trends|routes|tags)\[\d+\])\.id$/;
const ROUTE_TAG = /^(routes\[\d+\]\.tags)\[\d+\]$/;
const NAME_FIELD: Readonly<Record<string, string>> = {
  criteria: 'label',
  trends: 'name',
  routes: 'name',
  tags: 'label',
};

/** The editor field a problem at `path` is shown at. */
export function problemField(path: string): string {
  const score = SCORE_CELL.exec(path);
  if (score?.[1]) return score[1];
  const id = ID_OF.exec(path);
  if (id?.[1]) return `${id[1]}.${NAME_FIELD[id[1].slice(0, id[1].indexOf('['))] ?? 'name'}`;
  const tag = ROUTE_TAG.exec(path);
  if (tag?.[1]) return tag[1];
  return path;
}

/** The problems by the field they are shown at, each field's in the order found. */
export function problemsByField(problems: readonly DataIssue[]): ReadonlyMap<string, readonly DataIssue[]> {
  const byField = new Map<string, DataIssue[]>();
  for (const problem of problems) {
    const field = problemField(problem.path);
    const list = byField.get(field);
    if (list) list.push(problem);
    else byField.set(field, [problem]);
  }
  return byField;
}

/** A DOM id for an editor field (`criteria[0].label` → `edition-editor-criteria-0-label`). */
export function fieldDomId(field: string): string {
  return `edition-editor-${field.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, '')}`;
}
