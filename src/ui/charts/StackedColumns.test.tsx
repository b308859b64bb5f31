import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findChartSvg, findLegend } from '../../lib/export/findInDrawing';
import { StackedColumns, type Series, type StackRow } from './StackedColumns';

const series: Series[] = [
  { key: 'migration', label: 'Migration', colour: '#0072B2', total: 3, selectable: true, selected: true },
  { key: '__other__', label: 'Other themes', colour: '#8a94a3', total: 1, selectable: false, selected: false },
];
const rows: StackRow[] = [
  { key: '2025-11', label: 'Nov 2025', values: { migration: 2, __other__: 1 }, total: 3 },
  { key: '2025-12', label: 'Dec 2025', values: { migration: 1, __other__: 0 }, total: 1 },
];

function draw(onSelect = vi.fn()) {
  const view = render(
    <StackedColumns
      series={series}
      rows={rows}
      label="Themes month by month"
      legendName={(s) => `${s.label}: ${s.total} mentions`}
      segmentName={(r, s, v) => `${r.label}, ${s.label}: ${v}`}
      onSelect={onSelect}
    />,
  );
  return { ...view, onSelect };
}

describe('when themes are stacked month by month', () => {
  it('then the legend entries of real themes are buttons (the keyboard path), "other" is not', async () => {
    const { onSelect } = draw();
    const entry = await screen.findByRole('button', { name: 'Migration: 3 mentions' });
    expect(entry).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('button', { name: /Other themes/ })).toBeNull();
    entry.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('migration');
  });

  it('then each non-empty segment answers the mouse but is not a tab stop', async () => {
    const { onSelect } = draw();
    const chart = await screen.findByRole('group', { name: 'Themes month by month' });
    await within(chart).findByRole('button', { name: 'Nov 2025, Migration: 2' });
    const segments = within(chart).getAllByRole('button');
    expect(segments.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Nov 2025, Migration: 2',
      'Dec 2025, Migration: 1',
    ]);
    expect(segments.every((s) => s.getAttribute('tabindex') === '-1')).toBe(true);
    await userEvent.setup().click(segments[1] as Element);
    expect(onSelect).toHaveBeenCalledWith('migration');
  });

  it('then exports find the chart surface and read the legend with its colours', async () => {
    const { container } = draw();
    const chart = await screen.findByRole('group', { name: 'Themes month by month' });
    await screen.findByRole('button', { name: 'Migration: 3 mentions' });
    expect(findChartSvg(container)).toBe(chart);
    expect(findLegend(container)).toEqual([
      { label: 'Migration', color: '#0072B2' },
      { label: 'Other themes', color: '#8a94a3' },
    ]);
  });
});
