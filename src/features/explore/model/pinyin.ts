/**
 * Pinyin for matching Chinese names from Latin input (`qinglianghua` or `qlh` → 轻量化模型), with
 * pinyin-pro. Its dictionary is large, so it loads on demand (the first Latin search, or when the
 * browser is idle) instead of with the page; until then Chinese names match by their characters only.
 */
type PinyinModule = typeof import('pinyin-pro');

let loaded: PinyinModule | undefined;
let loading: Promise<void> | undefined;
const cache = new Map<string, readonly [full: string, initials: string]>();
const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;

/**
 * Loads pinyin-pro once; later calls return the same promise. Rejects when its code cannot be
 * fetched; the next call then tries again (a remembered failure would need a reload).
 */
export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro').then(
    (module) => {
      loaded = module;
      for (const listener of readyListeners) listener();
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** True once {@link loadPinyin} has finished. */
export function isPinyinReady(): boolean {
  return loaded !== undefined;
}

const readyListeners = new Set<() => void>();

/**
 * Calls `listener` when pinyin-pro has loaded (for `useSyncExternalStore`, with
 * {@link isPinyinReady}): what {@link pinyinMatch} gives changes then. Returns a function that
 * unsubscribes.
 */
export function subscribePinyinReady(listener: () => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

function letters(syllables: readonly string[]): string {
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

// Pinyin is computed per run of Han characters and cached: names share runs (方案, 模型 …), so a
// large edition costs one lookup per distinct run rather than per name.
function runKeys(module: PinyinModule, run: string): readonly [string, string] {
  let keys = cache.get(run);
  if (!keys) {
    keys = [
      letters(module.pinyin(run, { toneType: 'none', type: 'array', v: true })),
      letters(module.pinyin(run, { pattern: 'first', toneType: 'none', type: 'array', v: true })),
    ];
    cache.set(run, keys);
  }
  return keys;
}

function keysOf(module: PinyinModule, text: string): string {
  const runs = (text.match(HAN_RUNS) ?? []).map((run) => runKeys(module, run));
  return `${runs.map((keys) => keys[0]).join('')}\u241f${runs.map((keys) => keys[1]).join('')}`;
}

/**
 * Pinyin match keys for the Chinese texts among `texts`: for each, its full pinyin without tones
 * or spaces and its initials (`轻量化模型` → `qinglianghuamoxing␟qlhmx`), joined by `␟`. Texts with
 * no Han character are skipped. `''` while pinyin-pro has not loaded.
 */
export function pinyinKeys(texts: readonly string[]): string {
  const module = loaded;
  if (!module) return '';
  return texts
    .filter((text) => HAN.test(text))
    .map((text) => keysOf(module, text))
    .join('\u241f');
}

/**
 * Indices (0-based, by character) of `text` that a Latin `query` matches by pinyin or initials,
 * e.g. `('轻量化模型', 'qlh')` → `[0, 1, 2]`; `undefined` when it does not match or pinyin-pro has
 * not loaded.
 */
export function pinyinMatch(text: string, query: string): number[] | undefined {
  if (!loaded || !HAN.test(text)) return undefined;
  const indices = loaded.match(text, query, { continuous: true });
  return indices && indices.length > 0 ? indices : undefined;
}
