import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { unguardCell } from './csvCells';
import { BOM, writeCsv } from './csvWriter';

const cell = (v: string | number | undefined) =>
  writeCsv(['h'], [[v]])
    .slice(BOM.length + 3)
    .replace(/\r\n$/, '');

describe('writeCsv, the one CSV writer', () => {
  it('writes a BOM, a header and one CRLF line per row', () => {
    expect(
      writeCsv(
        ['Theme', 'Activities'],
        [
          ['Migración', 3],
          ['Crime, organised', 2],
        ],
      ),
    ).toBe(`${BOM}Theme,Activities\r\nMigración,3\r\n"Crime, organised",2\r\n`);
  });

  it('leaves plain text and numbers as they are, and empties missing or non-finite values', () => {
    expect(cell('Migration')).toBe('Migration');
    expect(cell(12)).toBe('12');
    expect(cell(-3)).toBe('-3');
    expect(cell(undefined)).toBe('');
    expect(cell(Number.NaN)).toBe('');
  });

  it('quotes commas, semicolons, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(cell('Chile, Peru')).toBe('"Chile, Peru"');
    expect(cell('CL;US')).toBe('"CL;US"');
    expect(cell('the “OAS” said "yes"')).toBe('"the “OAS” said ""yes"""');
    expect(cell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(cell(' padded')).toBe('" padded"');
    expect(cell('tab\t')).toBe('"tab\t"');
  });

  it('neutralises text a spreadsheet would run as a formula (OWASP), reversibly', () => {
    for (const s of ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tcmd', '\rcmd', "'=already"]) {
      const written = cell(s);
      const [[read]] = Papa.parse<string[]>(written).data as [[string]];
      expect(read.startsWith("'")).toBe(true);
      expect(unguardCell(read)).toBe(s);
    }
    expect(cell('plain')).not.toContain("'");
  });

  it('reads back, through papaparse, exactly the table it wrote', () => {
    const rows = [
      ['a "quoted" word', 'x;y', 'multi\r\nline'],
      ['', 'ñandú', 'end '],
    ];
    const text = writeCsv(['one', 'two', 'three'], rows);
    const parsed = Papa.parse<string[]>(text.slice(BOM.length), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([['one', 'two', 'three'], ...rows]);
  });
});
