import { describe, expect, it } from 'vitest';
import { BOM } from '../../domain/formats/csvWriter';
import { chartToCsv } from './chartCsv';

describe('chartToCsv', () => {
  it('writes the chart columns in order and leaves a cell empty when a row lacks a column', () => {
    const csv = chartToCsv({
      columns: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      rows: [{ a: 'x' }, { b: 2, a: 'y' }],
    });
    expect(csv).toBe(`${BOM}A,B\r\nx,\r\ny,2\r\n`);
  });
});
