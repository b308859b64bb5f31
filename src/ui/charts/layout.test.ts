import { describe, expect, it } from 'vitest';
import { textWidth } from '../../lib/textLayout';
import { barLayout, columnMargins, columnScale, fitText, valueTicks, widestText, wrapLabel } from './layout';

describe('chart layout', () => {
  it('cuts long labels with an ellipsis (heat grid)', () => {
    const cut = fitText('Multilateral representation', 80, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(80);
    expect(fitText('Customs', 80, 13)).toBe('Customs');
  });

  it('wraps a long label at the space that balances its two lines', () => {
    expect(wrapLabel('Elección en un organismo internacional', 175, 13)).toEqual([
      'Elección en un',
      'organismo internacional',
    ]);
    expect(wrapLabel('Migración', 150, 13)).toEqual(['Migración']);
  });

  it('uses more lines rather than let one overflow, and never splits a word', () => {
    const lines = wrapLabel('Elección en un organismo internacional', 100, 13);
    expect(lines.join(' ')).toBe('Elección en un organismo internacional');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, 13) <= 100 || !l.includes(' ')).toBe(true);
  });
});

describe('barLayout', () => {
  const es = ['Coordinación bilateral', 'Elección en un organismo internacional', 'Reunión técnica'];

  it('makes the label column as wide as the longest label when there is room', () => {
    const l = barLayout(es, ['5', '2', '1'], 800, 13, 28);
    expect(l.labelWidth).toBeGreaterThanOrEqual(textWidth(es[1] ?? '', 13));
    expect(l.rowHeight).toBe(28);
    expect(l.height).toBe(3 * 28 + 4);
  });

  it('wraps rather than cuts when the longest label would take over half the width', () => {
    for (const width of [400, 300]) {
      const l = barLayout(es, ['5', '2', '1'], width, 13, 28);
      expect(l.labelWidth).toBeLessThanOrEqual(width / 2);
      for (const label of es)
        for (const line of wrapLabel(label, l.labelMax, 13))
          expect(textWidth(line, 13)).toBeLessThanOrEqual(l.labelWidth - 12);
      expect(l.rowHeight).toBeGreaterThan(28);
    }
  });

  it('leaves room for the widest value', () => {
    expect(barLayout(['A'], ['1,234'], 800, 13, 28).valueRoom).toBeGreaterThan(
      barLayout(['A'], ['7'], 800, 13, 28).valueRoom,
    );
  });
});

describe('columnMargins', () => {
  it('hides the values when the columns are too narrow for them', () => {
    const months = Array.from({ length: 37 }, () => 'Jan 2024');
    expect(columnMargins(months, '20', '18', 800, 12).showValues).toBe(true);
    expect(columnMargins(months, '2,000', '1,234', 400, 12).showValues).toBe(false);
  });
  it('sizes the values by the widest text written above a column, not by the largest number', () => {
    // Seventeen months in a small card (the overview's chart over Oct 2025 – Feb 2027): "62" fits a slot,
    // "44 + 18" does not, and with it shown the labels of neighbouring months overlapped.
    const months = Array.from({ length: 17 }, () => 'Oct 2025');
    const labels = ['11 + 8', '44 + 18', '0 + 2'];
    expect(widestText(labels, 12)).toBe('44 + 18');
    expect(widestText([], 12)).toBe('');
    expect(columnScale(months, 62, String, 460, 12).margins.showValues).toBe(true);
    expect(columnScale(months, 62, String, 460, 12, widestText(labels, 12)).margins.showValues).toBe(false);
    expect(columnScale(months, 62, String, 1200, 12, widestText(labels, 12)).margins.showValues).toBe(true);
  });
  it('leaves room on the right for half of the last label', () => {
    expect(columnMargins(['Nov 2025'], '20', '14', 800, 12).right).toBe(8);
    const many = Array.from({ length: 40 }, () => 'Sept 2025');
    expect(columnMargins(many, '20', '14', 400, 12).right).toBeGreaterThan(20);
  });
  it('shows every label while they fit, and skips just enough when they do not', () => {
    expect(columnMargins(['Nov 2025', 'Dec 2025', 'Jan 2026'], '20', '14', 800, 12).interval).toBe(0);
    const months = Array.from({ length: 36 }, () => 'Sept 2025');
    const m = columnMargins(months, '4,000', '3,512', 720, 12);
    const shown = m.interval + 1;
    // Shown labels (every `shown`-th) have room: their slots add up to at least the label's width.
    expect(shown * m.slot).toBeGreaterThanOrEqual(textWidth('Sept 2025', 12) + 8);
    // …and one label fewer skipped would not.
    expect((shown - 1) * m.slot).toBeLessThan(textWidth('Sept 2025', 12) + 8);
  });
});

describe('valueTicks', () => {
  it('tops the axis with the smallest round number at or above the largest value', () => {
    expect(valueTicks(1)).toEqual([0, 1]);
    expect(valueTicks(14)).toEqual([0, 5, 10, 15]);
    expect(valueTicks(25)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(valueTicks(36)).toEqual([0, 10, 20, 30, 40]);
    expect(valueTicks(52)).toEqual([0, 20, 40, 60]);
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});
