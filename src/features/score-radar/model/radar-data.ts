import { type Locale } from '../../../domain/locale';
import type { Criterion, Route } from '../../../domain/edition/schema';

/**
 * One row of radar data: one criterion (an axis) and each route's score on it (1–5), or `null`
 * where the route has no score. Scores sit under `values` so that no route id can clash with
 * `criterionId` or `label`.
 */
export interface RadarDatum {
  readonly criterionId: string;
  readonly label: string;
  readonly values: Readonly<Record<string, number | null>>;
}

/**
 * Pivots routes × criteria into recharts' radar shape: one datum per criterion, in criteria order,
 * with one value per route. Labels are the criteria's labels in `locale`.
 */
export function toRadarData(
  routes: readonly Pick<Route, 'id' | 'scores'>[],
  criteria: readonly Pick<Criterion, 'id' | 'label'>[],
  locale: Locale,
): RadarDatum[] {
  return criteria.map((criterion) => ({
    criterionId: criterion.id,
    label: criterion.label[locale],
    values: Object.fromEntries(routes.map((route) => [route.id, route.scores[criterion.id]?.value ?? null])),
  }));
}
