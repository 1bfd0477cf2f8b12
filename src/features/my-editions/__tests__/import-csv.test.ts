import { formatImportProblem } from '../import-problem-message';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from '../../../domain/table-formats';
import { decodeImportBytes } from '../model/import-decode';
import { importText } from '../model/import-file';
import { csvTemplate } from '../model/csv-columns';
import { viewTable } from '../../explore/model/export-table';
import { buildRouteRows } from '../../explore/model/route-rows';
import { importTexts } from '../bilingual-texts';
import { createI18n } from '../../../lib/i18n/i18n';
import { bundledStrings } from '../../../lib/i18n/bundled-strings';
import { bundled, contextFor, importCsv } from './import-fixtures';

const ALL_COLUMNS = [
  'route',
  'trend',
  'cost',
  'performance',
  'flexibility',
  'overall',
  'strengths',
  'weaknesses',
  'tags',
];

describe('CSV import of our own export', () => {
  it.each(['en', 'zh'] as const)(
    'an unchanged %s export re-imports as the same routes, scores and rationales',
    (lng) => {
      const edition = bundled();
      const t = createI18n({ lng, strings: bundledStrings }).t;
      const label = (id: string) =>
        edition.criteria.find((criterion) => criterion.id === id)?.label[lng] ??
        t(`routes.columns.${id}` as 'routes.columns.route');
      const csv = toCsv(viewTable(buildRouteRows(edition, lng), ALL_COLUMNS, label));

      const result = importCsv(csv, edition);

      expect(result.problems).toEqual([]);
      expect(result.ignoredColumns).toEqual([t('routes.columns.overall')]);
      expect(result.rowCount).toBe(9);
      expect(result.routes).toEqual(edition.routes);
      expect(result.trends.map((trend) => trend.id)).toEqual(['generative-ai', 'ai-chips', 'multimodal-learning']);
    },
  );

  it('an edited score gets a rationale naming the file and row; the untouched ones keep the article’s', () => {
    const edition = bundled();
    const table = viewTable(buildRouteRows(edition, 'en'), ['route', 'cost', 'performance', 'flexibility'], (id) => id);
    const gpuRow = table.rows.findIndex((row) => row[0] === 'GPU');
    const rows = table.rows.map((row, index) => (index === gpuRow ? [row[0], 5, row[2], row[3]] : row));

    const result = importCsv(toCsv({ ...table, rows }), edition, 'team.csv');

    const gpu = result.routes.find((route) => route.id === 'gpu');
    const original = edition.routes.find((route) => route.id === 'gpu');
    expect(gpu?.scores.cost).toEqual({
      value: 5,
      rationale: { en: `Imported from team.csv, row ${gpuRow + 2}.`, zh: `从 team.csv 第 ${gpuRow + 2} 行导入。` },
      cites: [],
    });
    expect(gpu?.scores.performance).toEqual(original?.scores.performance);
  });

  it('case 1: a note with a comma, quotes and a line break re-imports identical, with the same row count', () => {
    const note = '成本低, 但"需要"审批\n第二行';
    const csv = toCsv({
      columns: [
        { id: 'route', label: '名称' },
        { id: 'cost', label: '成本' },
        { id: 'performance', label: '性能' },
        { id: 'flexibility', label: '灵活性' },
        { id: 'strengths', label: '优势' },
      ],
      rows: [
        ['储能方案', 4, 3, 2, note],
        ['氢能方案', 2, 4, 3, '简单'],
      ],
    });

    const result = importCsv(csv);

    expect(result.problems).toEqual([]);
    expect(result.rowCount).toBe(2);
    expect(result.routes).toHaveLength(2);
    expect(result.routes[0]?.strengths).toEqual([{ zh: note, en: note }]);
  });

  it('case 2: formula-guarded names read back as written, and a negative score is a problem, not a formula', () => {
    const names = ['=HYPERLINK("http://example.invalid","x")', '@SUM(1,1)', '+1+1'];
    const csv = toCsv({
      columns: ['Name', 'Cost', 'Performance', 'Flexibility'].map((label) => ({ id: label, label })),
      rows: [...names.map((name) => [name, 3, 3, 3]), ['Negative', -2, 3, 3]],
    });

    const result = importCsv(csv);

    expect(result.routes.map((route) => route.name.en)).toEqual(names);
    expect(result.problems.map((problem) => [problem.row, problem.column, problem.issue.values.got])).toEqual([
      [5, 'Cost', '-2'],
    ]);
  });
});

describe('CSV import problems', () => {
  it('lists every problem by spreadsheet row and column, translated', () => {
    const csv = [
      '名称 / Name,成本优势 / Cost efficiency,性能 / Performance,灵活性 / Flexibility',
      'Alpha,3,3,3',
      'Beta,4,2,',
      'Gamma,7,3,3',
      ',1,1,1',
    ].join('\r\n');

    const result = importCsv(csv);
    const en = createI18n({ lng: 'en', strings: bundledStrings }).t;
    const zh = createI18n({ lng: 'zh', strings: bundledStrings }).t;

    expect(result.routes.map((route) => route.name.en)).toEqual(['Alpha']);
    expect(result.problems.map((problem) => formatImportProblem(problem, en))).toEqual([
      'row 3, 灵活性 / Flexibility: no score: write an integer 1–5',
      'row 4, 成本优势 / Cost efficiency: expected an integer 1–5, got 7',
      'row 5, 名称 / Name: required field is missing',
    ]);
    expect(formatImportProblem(result.problems[1]!, zh)).toBe(
      '第 4 行，成本优势 / Cost efficiency：应为 1–5 的整数，实际为 7',
    );
  });

  it('leaves out a row with a broken quote and says that it swallowed the rest of the file', () => {
    // Text after a closing quote leaves the field open to the end of the file, as in spreadsheet apps.
    const stray = importCsv('Name,Cost,Performance,Flexibility\nBeta,4,4,4\n"Alpha"x,3,3,3\nGamma,2,2,2\n');
    expect(stray.routes.map((route) => route.name.en)).toEqual(['Beta']);
    expect(stray.rowCount).toBe(2);
    expect(stray.problems.map((problem) => [problem.row, problem.issue.key])).toEqual([[3, 'csvUnclosedQuote']]);

    const unclosed = importCsv('Name,Cost,Performance,Flexibility\nBeta,4,4,4\n"Alpha,3,3,3\nGamma,2,2,2\n');
    expect(unclosed.routes.map((route) => route.name.en)).toEqual(['Beta']);
    expect(unclosed.problems.map((problem) => [problem.row, problem.issue.key])).toEqual([[3, 'csvUnclosedQuote']]);
  });

  it('refuses a file without a name column and reads none of its rows', () => {
    const result = importCsv('Cost,Performance\r\n3,3\r\n');
    expect(result.routes).toEqual([]);
    expect(result.problems.map((problem) => problem.issue.key)).toEqual(['noNameColumn']);
  });

  it('gives a repeated or taken id a suffix instead of replacing anything', () => {
    const edition = bundled();
    const csv = 'ID,Name,Cost,Performance,Flexibility\r\n,Solar,3,3,3\r\n,Solar,4,4,4\r\ngpu,My GPU,1,1,1\r\n';
    const result = importText(csv, contextFor(edition, 'a.csv', ['solar']), importTexts, { criteriaFixed: true });
    expect(result.routes.map((route) => route.id)).toEqual(['solar-2', 'solar-3', 'gpu']);
  });

  it('puts rows without a trend in one unassigned trend and creates a named trend once', () => {
    const csv =
      'Name,Trend,Cost,Performance,Flexibility\r\nA,,3,3,3\r\nB,Energy storage,3,3,3\r\nC,energy storage,3,3,3\r\nD,AI 芯片,3,3,3\r\n';
    const result = importCsv(csv);
    expect(result.routes.map((route) => route.trendId)).toEqual([
      'my-routes',
      'energy-storage',
      'energy-storage',
      'ai-chips',
    ]);
    expect(result.trends.map((trend) => [trend.id, trend.name.en])).toEqual([
      ['ai-chips', 'AI chips'],
      ['my-routes', 'Unassigned'],
      ['energy-storage', 'Energy storage'],
    ]);
  });
});

describe('encodings', () => {
  it('case 4: a GB18030 CSV with 名称,成本,性能,灵活性 imports with correct names', () => {
    const bytes = iconv.encode('名称,成本,性能,灵活性\r\n储能方案,4,3,2\r\n', 'gb18030');
    const decoded = decodeImportBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'gb18030' });
    if (!decoded.ok) return;

    const result = importCsv(decoded.text);

    expect(result.problems).toEqual([]);
    expect(result.routes).toHaveLength(1);
    expect(result.routes[0]?.name).toEqual({ zh: '储能方案', en: '储能方案' });
    expect(Object.fromEntries(Object.entries(result.routes[0]?.scores ?? {}).map(([id, s]) => [id, s.value]))).toEqual({
      cost: 4,
      performance: 3,
      flexibility: 2,
    });
  });

  it('strips a UTF-8 byte-order mark before the header is matched', () => {
    const decoded = decodeImportBytes(new TextEncoder().encode(`${UTF8_BOM}名称,成本,性能,灵活性\n储能方案,4,3,2`));
    expect(decoded).toEqual({ ok: true, encoding: 'utf-8', text: '名称,成本,性能,灵活性\n储能方案,4,3,2' });
  });

  it('reads UTF-16 with a byte-order mark and refuses bytes that are no text', () => {
    expect(decodeImportBytes(iconv.encode('\ufeff名称\n', 'utf-16le'))).toEqual({
      ok: true,
      encoding: 'utf-16le',
      text: '名称\n',
    });
    expect(decodeImportBytes(new Uint8Array([0x00, 0x01, 0xff, 0x00]))).toEqual({ ok: false });
  });

  it('refuses Windows-1252 text rather than show it as GB18030 mojibake', () => {
    const bytes = iconv.encode(
      'Name,Cost,Performance,Flexibility,Strengths\nMüller route,3,4,5,Señora; Ärger\n',
      'win1252',
    );
    expect(decodeImportBytes(bytes)).toEqual({ ok: false });
  });
});

describe('the CSV template', () => {
  it('has a bilingual header for every field and criterion, each read back as its field', () => {
    const edition = bundled();
    const template = csvTemplate(edition.criteria);
    expect(template.slice(UTF8_BOM.length)).toBe(
      '编号 / ID,名称 / Name,趋势 / Trend,成本优势 / Cost advantage,性能 / Performance,灵活性 / Flexibility,优势 / Strengths,劣势 / Weaknesses,标签 / Tags,示例 / Examples\r\n',
    );
    const filled = `${template}solar-pv,Solar PV,AI chips,4,3,2,cheap; quiet,weather,edge; new tag,panels\r\n`;
    const result = importCsv(filled, edition);
    expect(result.problems).toEqual([]);
    expect(result.ignoredColumns).toEqual([]);
    expect(result.routes[0]).toMatchObject({
      id: 'solar-pv',
      trendId: 'ai-chips',
      strengths: [{ en: 'cheap' }, { en: 'quiet' }],
      weaknesses: [{ en: 'weather' }],
      tags: ['edge', 'new-tag'],
      examples: [{ en: 'panels' }],
    });
  });
});
