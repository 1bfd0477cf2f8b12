import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RESERVED_CRITERION_IDS, routeIndex } from '../../domain/edition/model';
import type { Edition } from '../../domain/edition/schema';
import {
  PARAM_KEYS,
  type RawParams,
  type UpdateOptions,
  type UrlProblem,
  type ViewContext,
  type ViewPatch,
} from '../../domain/view-state';
import { decodeViewState, encodeViewState } from '../../domain/view-state-codec';
import { useShared } from '../../hooks/use-shared';
import { useUrlParams } from '../../lib/url-state';

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
      routeIds: routeIndex(edition.routes),
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
  // Each part of the state stays the same object while its content does: the address is decoded
  // anew on every change, and a new picks array on a trend facet's click rendered every trend
  // section's route cards again (about 280 components) with the table's rows.
  const state = useShared(decoded.state);

  // A link is rewritten in its canonical form (broken parts dropped, `ZH` → `zh`, duplicates and
  // blanks removed, `v` set), in place, so what is copied later is clean. A bare address stays bare.
  const canonical = useMemo(() => encodeViewState(decoded.state, context.criterionIds), [decoded, context]);
  const needsRewrite =
    PARAM_KEYS.some((key) => raw[key] !== null) && PARAM_KEYS.some((key) => raw[key] !== canonical[key]);
  useEffect(() => {
    if (needsRewrite) void setRaw(canonical, { history: 'replace' });
  }, [needsRewrite, canonical, setRaw]);

  // The params as last written, so two updates in one event both land and a no-op writes nothing.
  const latest = useRef<RawParams>(raw);
  useEffect(() => {
    latest.current = raw;
  }, [raw]);

  const update = useCallback(
    (patch: ViewPatch, options: UpdateOptions = {}) => {
      const current = decodeViewState(latest.current, context).state;
      const next = encodeViewState(
        { ...current, ...(typeof patch === 'function' ? patch(current) : patch) },
        context.criterionIds,
      );
      const unchanged = PARAM_KEYS.every(
        (key) => next[key] === latest.current[key] || (key === 'v' && latest.current.v === null),
      );
      if (unchanged) return;
      latest.current = next;
      void setRaw(next, { history: options.history ?? 'push' });
    },
    [setRaw, context],
  );

  const dismissProblems = useCallback(() => setProblems([]), []);
  return { state, update, problems, dismissProblems };
}
