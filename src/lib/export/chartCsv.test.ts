import { describe, expect, it } from 'vitest';
import { BOM, chartToCsv, csvCell } from './chartCsv';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Migration')).toBe('Migration');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, semicolons, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Chile, Peru')).toBe('"Chile, Peru"');
    expect(csvCell('CL;US')).toBe('"CL;US"');
    expect(csvCell('the “OAS” said "yes"')).toBe('"the “OAS” said ""yes"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP)', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
  });
});

describe('chartToCsv', () => {
  it('writes a BOM, a header of the column labels and one CRLF line per row', () => {
    const csv = chartToCsv({
      columns: [
        { key: 'theme', label: 'Theme' },
        { key: 'count', label: 'Activities' },
      ],
      rows: [
        { theme: 'Migración', count: 3 },
        { theme: 'Crime, organised', count: 2 },
      ],
    });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Theme,Activities\r\nMigración,3\r\n"Crime, organised",2\r\n');
  });

  it('leaves a cell empty when a row lacks a column', () => {
    const csv = chartToCsv({
      columns: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      rows: [{ a: 'x' }],
    });
    expect(csv.slice(1)).toBe('A,B\r\nx,\r\n');
  });
});
