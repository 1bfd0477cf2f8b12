import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { parseEditionText } from '../domain/edition/issues.ts';
import en from '../locales/en.json' with { type: 'json' };
import { formatDataIssue } from '../lib/errors/data-issue-message.ts';

/**
 * Validates every `*.json` edition file in `dir` against the edition schema (build-time side).
 *
 * Returns one English line per problem, prefixed with the file (`data/x.json: routes[4]…: …`);
 * an empty array means every file is valid. `label` is how the folder is named in messages.
 * Throws only if the folder itself cannot be read.
 */
export function validateDataDir(dir: string, label = 'data'): string[] {
  const t = i18next.createInstance();
  void t.init({
    resources: { en: { translation: en } },
    lng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
  if (files.length === 0) return [`${label}/: ${t.t('dataIssue.noEditions')}`];
  return files.flatMap((name) => {
    const result = parseEditionText(readFileSync(path.join(dir, name), 'utf8'));
    return result.ok ? [] : result.issues.map((issue) => `${label}/${name}: ${formatDataIssue(issue, t.t)}`);
  });
}
