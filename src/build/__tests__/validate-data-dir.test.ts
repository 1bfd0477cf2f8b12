import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateDataDir } from '../validate-data-dir';
import { editionJson } from '../../../tests/utils/edition';

const dirs: string[] = [];
function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'route-atlas-data-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('validateDataDir (the build-time check)', () => {
  it('passes the real data folder', () => {
    expect(validateDataDir(path.resolve(import.meta.dirname, '../../../data'))).toEqual([]);
  });

  it('names file, JSON path and problem in English', () => {
    const broken = editionJson();
    broken.routes[4]!.scores.cost!.value = 7;
    const dir = dataDir({ 'good.json': JSON.stringify(editionJson()), 'broken.json': JSON.stringify(broken) });
    expect(validateDataDir(dir)).toEqual([
      'data/broken.json: routes[4].scores.cost.value: expected an integer 1–5, got 7',
    ]);
  });

  it('passes a comparison a reader exported (a copy of the article, one text in one language) and names what breaks its shape', async () => {
    const { copyOfEdition } = await import('../../features/my-editions/model/new-user-edition');
    const copy = copyOfEdition(editionJson(), 'c-copy', { zh: '我的 AI 芯片' });
    const broken = { ...copy, routes: [{ ...copy.routes[0], scores: { cost: { value: '4', cites: [] } } }] };
    expect(
      validateDataDir(dataDir({ 'mine.json': JSON.stringify(copy), 'broken.json': JSON.stringify(broken) })),
    ).toEqual(['data/broken.json: routes[0].scores.cost.value: expected number, got "4"']);
  });

  it('reports a file that is not JSON and a folder with no editions', () => {
    expect(validateDataDir(dataDir({ 'x.json': '{\n  "id": 2024,,\n}' }))[0]).toBe(
      'data/x.json: not valid JSON at line 2, column 14: PropertyNameExpected',
    );
    expect(validateDataDir(dataDir({}))).toEqual(['data/: no edition file (*.json) found']);
  });
});
