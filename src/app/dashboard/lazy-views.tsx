import { retryableLazy } from '../../lib/retryable-lazy';

// recharts is most of the JavaScript: the charts load in their own chunk, after the table.
export const ScoreRadar = retryableLazy(
  async () => (await import('../../features/score-radar/components/score-radar')).ScoreRadar,
);

// The compare and decide views (and the slider library) load when first opened.
export const CompareView = retryableLazy(
  async () => (await import('../../features/compare/components/compare-view')).CompareView,
);
export const DecideView = retryableLazy(
  async () => (await import('../../features/decide/components/decide-view')).DecideView,
);

// The editor of a comparison loads only when opened: the first view never carries it.
export const EditionEditor = retryableLazy(
  async () => (await import('../../features/my-editions/components/editor/edition-editor')).EditionEditor,
);

/** Holds a lazy view's place while its code loads. */
export function ViewPlaceholder() {
  return <div className="view view--placeholder" aria-hidden="true" />;
}

/** Holds a chart's place (its final size) while recharts loads. */
export function ChartPlaceholder() {
  return <div className="radar radar--placeholder" aria-hidden="true" />;
}

// The preview of a comparison carried in a link loads only when an address carries one.
export const SharedComparison = retryableLazy(
  async () => (await import('../../features/share/components/shared-comparison')).SharedComparison,
);

// The edited scores a link carries load their notice only when an address carries some.
export const SharedScoresNotice = retryableLazy(
  async () => (await import('../../features/share/components/shared-scores-notice')).SharedScoresNotice,
);
