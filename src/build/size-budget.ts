import { gzipSync } from 'node:zlib';
import type { Plugin, Rollup } from 'vite';

/** One chunk of the first view and its size, gzip (bytes). */
export interface FirstViewChunk {
  readonly file: string;
  readonly gzipBytes: number;
}

/** A chunk made of one locale's UI strings (`src/locales/<locale>.json`, see `loadUiStrings`). */
const LOCALE_STRINGS = /[\\/]src[\\/]locales[\\/][a-z]+\.json$/;

/**
 * Chunks the entry loads in place of `boot` for another kind of visit: an embed (`?embed=`,
 * `src/embed-boot.tsx`) is never part of the page's first view.
 */
const OTHER_VISITS = new Set(['embed-boot']);

/**
 * The chunks of a page visit, by when they load (the embed's entry, another kind of visit, never):
 * - `firstView`: before the reader does anything. A page that shows its prerender as it is loads
 *   the entry and its static imports alone, and waits for the reader (`lib/hydration`).
 * - `livePage`: what makes the page live on the reader's first action, or at once for a visit the
 *   prerender does not match: the first view, what the entry loads next (its dynamic imports,
 *   `boot`) and their static imports in turn, and one locale's UI strings (a visit loads its
 *   reading language's alone: the larger locale is counted).
 *
 * Views, dialogs and charts that load on use or on scroll are in neither.
 */
export function pageChunks(bundle: Rollup.OutputBundle): {
  readonly firstView: FirstViewChunk[];
  readonly livePage: FirstViewChunk[];
} {
  const chunks = new Map(
    Object.values(bundle)
      .filter((item): item is Rollup.OutputChunk => item.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  // By its modules, not its facade: a chunk both imported and loaded on demand has no facade.
  const isLocaleStrings = (file: string) => {
    const ids = chunks.get(file)?.moduleIds ?? [];
    return ids.length > 0 && ids.every((id) => LOCALE_STRINGS.test(id));
  };
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || isLocaleStrings(file)) return;
    const chunk = chunks.get(file);
    if (!chunk) return;
    seen.add(file);
    chunk.imports.forEach(visit);
  };
  const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
  for (const entry of entries) visit(entry.fileName);
  const measure = (file: string): FirstViewChunk => ({
    file,
    gzipBytes: gzipSync(chunks.get(file)?.code ?? '', { level: 9 }).length,
  });
  const firstView = [...seen].map(measure);
  for (const entry of entries)
    entry.dynamicImports.filter((file) => !OTHER_VISITS.has(chunks.get(file)?.name ?? '')).forEach(visit);
  const strings = [...new Set([...seen].flatMap((file) => chunks.get(file)?.dynamicImports ?? []))]
    .filter(isLocaleStrings)
    .map(measure)
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { firstView, livePage: [...[...seen].map(measure), ...strings.slice(0, 1)] };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** `<label>: 3.5 kB gzip of a 10.0 kB budget (a.js 2.0 kB, b.js 1.5 kB)`, largest chunk first. */
function sizeLine(
  label: string,
  chunks: readonly FirstViewChunk[],
  budgetBytes: number,
): { line: string; over: boolean } {
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const list = [...chunks]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((chunk) => `${chunk.file} ${kb(chunk.gzipBytes)}`)
    .join(', ');
  return { line: `${label}: ${kb(total)} gzip of a ${kb(budgetBytes)} budget (${list})`, over: total > budgetBytes };
}

/**
 * Prints the page's JavaScript (gzip) after every build, before the reader acts (`firstView`) and
 * once the page is live (`livePage`, see {@link pageChunks}), and fails the build when either grows
 * past its budget (bytes): a size check, so a change that adds to either is seen where it is made.
 * The service worker's own build (no entry chunk of the page) is skipped.
 */
export function firstViewBudget(budgets: { readonly firstView: number; readonly livePage: number }): Plugin {
  return {
    name: 'route-atlas:first-view-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment.config.build.ssr) return;
      const { firstView, livePage } = pageChunks(bundle);
      if (!livePage.some((chunk) => chunk.file.includes('boot'))) return;
      const lines = [
        sizeLine('First-view JavaScript', firstView, budgets.firstView),
        sizeLine("Live-page JavaScript (on the reader's first action)", livePage, budgets.livePage),
      ];
      const over = lines.filter((item) => item.over);
      if (over.length > 0)
        this.error(
          `${over.map((item) => item.line).join('\n')}. Load the new code on use, or raise the budget on purpose.`,
        );
      for (const { line } of lines) this.info(line);
    },
  };
}
