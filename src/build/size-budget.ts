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
 * The chunks a visit loads before any interaction: the entry, what it imports statically, what it
 * always loads next (its own dynamic imports: `boot`, which hydrates the page, not the embed's
 * entry) and their static imports in turn, and one locale's UI strings (a visit loads its reading
 * language's alone: the larger locale is counted). Views, dialogs and charts that load on use or
 * on scroll are not in it.
 */
export function firstViewChunks(bundle: Rollup.OutputBundle): FirstViewChunk[] {
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
  for (const entry of [...chunks.values()].filter((chunk) => chunk.isEntry)) {
    visit(entry.fileName);
    entry.dynamicImports.filter((file) => !OTHER_VISITS.has(chunks.get(file)?.name ?? '')).forEach(visit);
  }
  const measure = (file: string): FirstViewChunk => ({
    file,
    gzipBytes: gzipSync(chunks.get(file)?.code ?? '', { level: 9 }).length,
  });
  const strings = [...new Set([...seen].flatMap((file) => chunks.get(file)?.dynamicImports ?? []))]
    .filter(isLocaleStrings)
    .map(measure)
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return [...[...seen].map(measure), ...strings.slice(0, 1)];
}

/**
 * Prints the first view's JavaScript (gzip) after every build and fails the build when it grows
 * past `budgetBytes`: a size check, so a change that adds to the first view is seen where it is
 * made. The service worker's own build (no entry chunk of the page) is skipped.
 */
export function firstViewBudget(budgetBytes: number): Plugin {
  return {
    name: 'route-atlas:first-view-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment.config.build.ssr) return;
      const chunks = firstViewChunks(bundle);
      if (!chunks.some((chunk) => chunk.file.includes('boot'))) return;
      const total = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
      const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
      const list = chunks
        .sort((a, b) => b.gzipBytes - a.gzipBytes)
        .map((chunk) => `${chunk.file} ${kb(chunk.gzipBytes)}`)
        .join(', ');
      const line = `First-view JavaScript: ${kb(total)} gzip of a ${kb(budgetBytes)} budget (${list})`;
      if (total > budgetBytes) this.error(`${line}. Load the new code on use, or raise the budget on purpose.`);
      this.info(line);
    },
  };
}
