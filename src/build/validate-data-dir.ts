import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { parseEdition, parseJsonText, type DataIssue } from '../domain/edition/issues.ts';
import { checkUserEdition } from '../features/my-editions/model/user-edition-schema.ts';
import { toDisplayEdition, type UserEditionTexts } from '../features/my-editions/model/user-edition.ts';
import zh from '../locales/zh.json' with { type: 'json' };
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
    const issues = editionFileIssues(readFileSync(path.join(dir, name), 'utf8'));
    return issues.map((issue) => `${label}/${name}: ${formatDataIssue(issue, t.t)}`);
  });
}

/**
 * What stops a data file's text from being shown: for the article's kind, every problem of the
 * strict schema; for a comparison a reader exported (`"kind": "user"`), only a wrong shape, as
 * the page shows what is valid of it (an empty score as missing, one language marked).
 */
export function editionFileIssues(text: string): readonly DataIssue[] {
  const json = parseJsonText(text);
  if (!json.ok) return json.issues;
  const value = json.value as { kind?: unknown } | null;
  if (typeof value === 'object' && value !== null && value.kind === 'user') {
    const check = checkUserEdition(value);
    return check.ok ? [] : check.issues;
  }
  const result = parseEdition(json.value);
  return result.ok ? [] : result.issues;
}

/**
 * The JSON the page bundles for a data file's text: for a comparison a reader exported
 * (`"kind": "user"`, checked by {@link editionFileIssues}), the edition the page shows for it (every
 * text in both languages, only valid scores, "Ungrouped"); `undefined` for any other file, which
 * is bundled as it is.
 */
export function displayedDataFile(text: string): string | undefined {
  const json = parseJsonText(text);
  if (!json.ok) return undefined;
  const check = (json.value as { kind?: unknown } | null)?.kind === 'user' ? checkUserEdition(json.value) : undefined;
  if (!check?.ok) return undefined;
  const both = (key: 'ungrouped' | 'untitled' | 'sourceTitle') => ({ zh: zh.comparison[key], en: en.comparison[key] });
  const texts: UserEditionTexts = {
    ungrouped: both('ungrouped'),
    untitled: both('untitled'),
    sourceTitle: both('sourceTitle'),
  };
  return JSON.stringify(toDisplayEdition(check.edition, texts));
}
