/**
 * Every name under which Route Atlas keeps something in the reader's browser, in one place: the
 * localStorage keys, the language cookie and the IndexedDB database of "My routes". Code that
 * reads or writes one imports its name from here; `boot.tsx` reads {@link STORAGE_KEYS} to decide
 * whether the prerendered page can be hydrated as it is.
 */

/** localStorage: the reader's explicit language choice (`zh` | `en`), mirrored in {@link LANGUAGE_COOKIE}. */
export const LANGUAGE_STORAGE_KEY = 'route-atlas.lang';

/**
 * Cookie that mirrors the language choice for servers, which cannot see localStorage: the same
 * name and value. The build, the preview server and the service worker (which cannot import lib/)
 * read it as `LANGUAGE_COOKIE` of `domain/locale`; a test keeps the two equal. Not imported from
 * there: this module is part of the page's first script (main.tsx reads the theme with it), and
 * the import would split `domain/locale` into a chunk of its own (0.27 kB gzip more).
 */
export const LANGUAGE_COOKIE = LANGUAGE_STORAGE_KEY;

/** localStorage: the theme preference (`light` | `dark` | `system`; absent means `system`). */
export const THEME_STORAGE_KEY = 'route-atlas.theme';

/** localStorage: the reader's hidden and shown table columns, JSON (`{ "strengths": false, … }`). */
export const COLUMN_VISIBILITY_KEY = 'route-atlas.columns';

/** localStorage: the reader's own scores, JSON (see `StoredOverrides` in `domain/score-overrides`). */
export const SCORE_OVERRIDES_KEY = 'route-atlas.score-overrides';

/** IndexedDB database that holds "My routes". */
export const MY_ROUTES_DATABASE = 'route-atlas';

/** Object store of "My routes" in {@link MY_ROUTES_DATABASE}. */
export const MY_ROUTES_STORE = 'my-routes';

/** Key, in {@link MY_ROUTES_STORE}, of the record without its routes (plus route and chunk counts). */
export const MY_ROUTES_META_KEY = 'meta';

/** Key, in {@link MY_ROUTES_STORE}, of the routes' chunk number `index` (0, 1 …): `routes-0`, `routes-1` … */
export function myRoutesChunkKey(index: number): string {
  return `routes-${index}`;
}

/** Matches {@link myRoutesChunkKey}'s keys; group 1 is the chunk's index. */
export const MY_ROUTES_CHUNK_KEY_PATTERN = /^routes-(\d+)$/;

/** IndexedDB database of the reader's own comparisons (user editions), one record per edition id. */
export const USER_EDITIONS_DATABASE = 'route-atlas-editions';

/** Object store of the comparisons in {@link USER_EDITIONS_DATABASE}. */
export const USER_EDITIONS_STORE = 'editions';

/**
 * Everything the app keeps in the browser, by where it lives (`localStorage`, `cookie`,
 * `indexedDB` as `database/store`), each key mapped to whether it changes the first view: `true`
 * when a stored value makes the first render differ from the prerendered HTML, so the page must be
 * rendered afresh rather than hydrated. Only a localStorage key can: a cookie is read by the
 * server that picks the page, and IndexedDB only after the first render.
 */
export const STORAGE_KEYS = {
  localStorage: {
    // The language picks the page: the server (and the service worker) send that language's
    // prerendered page by the cookie, and boot compares the page's language with the reader's.
    [LANGUAGE_STORAGE_KEY]: false,
    // main.tsx sets `<html data-theme>` before the first paint; the HTML itself is the same.
    [THEME_STORAGE_KEY]: false,
    // Hidden columns and edited scores change the table the first render draws.
    [COLUMN_VISIBILITY_KEY]: true,
    [SCORE_OVERRIDES_KEY]: true,
  },
  cookie: { [LANGUAGE_COOKIE]: false },
  // Read asynchronously after the first render (and shown only with `?ed=my-routes`, which boot
  // already treats as a view param).
  indexedDB: {
    [`${MY_ROUTES_DATABASE}/${MY_ROUTES_STORE}`]: false,
    // Comparisons are read after the first render, like My routes, and only shown with `?ed=`.
    [`${USER_EDITIONS_DATABASE}/${USER_EDITIONS_STORE}`]: false,
  },
} as const satisfies Readonly<Record<'localStorage' | 'cookie' | 'indexedDB', Readonly<Record<string, boolean>>>>;
