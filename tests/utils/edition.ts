import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Edition } from '../../src/domain/edition/schema';

/** Path of the bundled 2024 edition. */
export const EDITION_FILE = path.resolve(import.meta.dirname, '../../data/ai-trends-2024.json');

/** A fresh, mutable deep copy of the bundled edition's JSON, for tests that break it on purpose. */
export function editionJson(): Edition {
  return JSON.parse(readFileSync(EDITION_FILE, 'utf8')) as Edition;
}
