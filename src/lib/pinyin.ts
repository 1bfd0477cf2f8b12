/**
 * Pinyin for matching Chinese names from Latin input (`qinglianghua` or `qlh` → 轻量化模型), with
 * pinyin-pro. Its dictionary is large, so it loads on demand (the first Latin search, or when the
 * browser is idle) instead of with the page; until then Chinese names match by their characters only.
 */
type PinyinModule = typeof import('pinyin-pro');

let loaded: PinyinModule | undefined;
let loading: Promise<void> | undefined;
const cache = new Map<string, string>();
const HAN = /\p{Script=Han}/u;

/** Loads pinyin-pro once; later calls return the same promise. */
export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro').then((module) => {
    loaded = module;
  });
  return loading;
}

/** True once {@link loadPinyin} has finished. */
export function isPinyinReady(): boolean {
  return loaded !== undefined;
}

function keysOf(module: PinyinModule, text: string): string {
  let keys = cache.get(text);
  if (keys === undefined) {
    const letters = (syllables: string[]) =>
      syllables
        .join('')
        .toLowerCase()
        .replace(/[^a-z]/g, '');
    const full = letters(module.pinyin(text, { toneType: 'none', type: 'array', v: true }));
    const initials = letters(module.pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', v: true }));
    keys = `${full}\u241f${initials}`;
    cache.set(text, keys);
  }
  return keys;
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
