import { URL_FORMAT_VERSION } from './view-state';

/**
 * Migrations of the URL format: old links keep working because their raw params are brought up
 * to the current version before `decodeViewState` (`view-state-codec.ts`) reads them.
 */

/** A step from one URL format version to the next, on the raw params. */
export type Migration = (params: Readonly<Record<string, string | null>>) => Record<string, string | null>;

/**
 * Migrations by the version they start from. Version 0 is a link without `v`: the first dashboard
 * only ever wrote `?lang=`, which version 1 reads unchanged.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (params) => ({ ...params }),
};

/**
 * Brings raw params written by any older format up to `target`, one migration at a time, and sets
 * `v` to it. Links without `v` are version 0; links from a newer or unreadable version are left
 * alone for {@link decodeViewState} to report.
 */
export function migrateParams(
  params: Readonly<Record<string, string | null>>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = URL_FORMAT_VERSION,
): Record<string, string | null> {
  const raw = params.v ?? null;
  if (raw !== null && !/^\d+$/.test(raw)) return { ...params };
  let version = raw === null ? 0 : Number(raw);
  if (version >= target) return { ...params };
  let current: Record<string, string | null> = { ...params };
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new Error(`No URL migration from version ${version}`);
    current = step(current);
    version += 1;
  }
  return { ...current, v: String(target) };
}
