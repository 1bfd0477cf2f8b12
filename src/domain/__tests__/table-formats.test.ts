import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseEdition } from '../edition/issues';
import { toCsv, toEditionJson, toMarkdown, UTF8_BOM, type ExportTable } from '../table-formats';
import { editionJson } from '../../../tests/utils/edition';

const columns = [
  { id: 'route', label: 'Route' },
  { id: 'cost', label: 'Cost efficiency' },
  { id: 'note', label: 'Note' },
];

describe('CSV export', () => {
  it('case 1: a note with a comma, quotes and a line break stays one field and re-imports unchanged', () => {
    const note = '成本低, 但"需要"审批\n第二行';
    const table: ExportTable = {
      columns,
      rows: [
        ['GPU', 2, note],
        ['ASIC', 3, 'plain'],
      ],
    };
    const csv = toCsv(table);
    expect(csv).toContain('"成本低, 但""需要""审批\n第二行"');
    const parsed = Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[1]?.[2]).toBe(note);
  });

  it('case 2: formula-like texts are neutralised, while a real negative number stays a number', () => {
    const table: ExportTable = {
      columns,
      rows: [
        ['=HYPERLINK("http://example.invalid","x")', 1, 'a'],
        ['@SUM(1,1)', 2, 'b'],
        ['+1+1', 3, 'c'],
        ['Negative', -2, '-starts with a dash'],
      ],
    };
    const lines = toCsv(table).slice(UTF8_BOM.length).split('\r\n');
    expect(lines).toEqual([
      'Route,Cost efficiency,Note',
      `"'=HYPERLINK(""http://example.invalid"",""x"")",1,a`,
      `"'@SUM(1,1)",2,b`,
      `"'+1+1",3,c`,
      `Negative,-2,"'-starts with a dash"`,
    ]);
  });

  it('case 3: the file starts with the bytes EF BB BF and the rest is UTF-8', () => {
    const bytes = new TextEncoder().encode(toCsv({ columns, rows: [['光伏', 4, undefined]] }));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3))).toBe(
      'Route,Cost efficiency,Note\r\n光伏,4,',
    );
  });
});

describe('Markdown copy', () => {
  it('escapes pipes and line breaks, right-aligns numbers and shows missing values as —', () => {
    expect(
      toMarkdown({
        columns,
        rows: [
          ['A | B', undefined, 'two\nlines'],
          ['C', 5, 'x'],
        ],
      }),
    ).toBe(
      [
        '| Route | Cost efficiency | Note |',
        '| --- | ---: | --- |',
        '| A \\| B | — | two<br>lines |',
        '| C | 5 | x |',
      ].join('\n'),
    );
  });
});

describe('JSON export', () => {
  it('writes the shown routes as a data file that passes the schema', () => {
    const edition = parseEdition(editionJson());
    if (!edition.ok) throw new Error('the bundled edition is valid');
    const json = toEditionJson(edition.edition, ['asic', 'gpu']);
    const parsed = parseEdition(JSON.parse(json));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.edition.routes.map((route) => route.id)).toEqual(['asic', 'gpu']);
    expect(parsed.edition.trends.map((trend) => trend.id)).toEqual(['ai-chips']);
    // Presets citing the generative-AI or multimodal advice go with those trends.
    expect(parsed.edition.presets.map((preset) => preset.id)).toEqual(['balanced', 'training', 'performance-first']);
  });
});
