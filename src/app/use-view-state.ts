import { useCallback, useEffect, useMemo, useState } from 'react';
import { RESERVED_CRITERION_IDS, type Edition } from '../domain/edition-schema';
import {
  decodeViewState,
  encodeViewState,
  type UrlProblem,
  type ViewContext,
  type ViewState,
} from '../domain/view-state';
import { useUrlParams } from '../lib/url-state';

/** How a change is recorded: a new history entry (`push`, the default) or in place (`replace`). */
export interface UpdateOptions {
  readonly history?: 'push' | 'replace';
}

/** A change to the view: the fields to set, or a function of the current state giving them. */
export type ViewPatch = Partial<ViewState> | ((current: ViewState) => Partial<ViewState>);

/**
 * The view state of one edition, kept in the address bar (nuqs): decoded and checked against the
 * edition on every change, including back and forward. A link's broken parts are dropped from the
 * address at once (in place) and returned as `problems` until `dismissProblems` is called.
 */
export function useViewState(edition: Edition) {
  const [raw, setRaw] = useUrlParams();
  const context = useMemo<ViewContext>(() => {
    const criterionIds = edition.criteria.map((criterion) => criterion.id);
    return {
      routeIds: new Set(edition.routes.map((route) => route.id)),
      trendIds: new Set(edition.trends.map((trend) => trend.id)),
      tagIds: new Set(edition.tags.map((tag) => tag.id)),
      columnIds: new Set([...RESERVED_CRITERION_IDS, ...criterionIds]),
      criterionIds,
    };
  }, [edition]);
  const decoded = useMemo(() => decodeViewState(raw, context), [raw, context]);
  // The problems outlive the cleanup below (which makes the next decode clean) until dismissed.
  const [problems, setProblems] = useState<readonly UrlProblem[]>(decoded.problems);
  const [lastDecoded, setLastDecoded] = useState(decoded);
  if (lastDecoded !== decoded) {
    setLastDecoded(decoded);
    if (decoded.problems.length > 0) setProblems(decoded.problems);
  }

  useEffect(() => {
    if (decoded.problems.length === 0) return;
    void setRaw(encodeViewState(decoded.state, context.criterionIds), { history: 'replace' });
  }, [decoded, context, setRaw]);

  const update = useCallback(
    (patch: ViewPatch, options: UpdateOptions = {}) => {
      void setRaw(
        (old) => {
          // Decoded from the latest params, so two updates in one event both land.
          const current = decodeViewState(old, context).state;
          const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
          return encodeViewState(next, context.criterionIds);
        },
        { history: options.history ?? 'push' },
      );
    },
    [setRaw, context],
  );

  const dismissProblems = useCallback(() => setProblems([]), []);
  return { state: decoded.state, update, problems, dismissProblems };
}
