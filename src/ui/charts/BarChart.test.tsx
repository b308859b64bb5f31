import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '../../i18n';
import { findChartSvg } from '../../lib/export/findInDrawing';
import { BarChart, type BarRow } from './BarChart';
import { ColumnChart } from './ColumnChart';

const rows: BarRow[] = [
  { key: 'a', label: 'Propuesta ante un organismo multilateral', value: 5 },
  { key: 'b', label: 'Reunión técnica', value: 1, selected: true },
];

describe('when a bar chart is drawn by Recharts', () => {
  it('then each bar is a pressed-or-not button named by describe(), and Space toggles it', async () => {
    const onSelect = vi.fn();
    render(<BarChart rows={rows} label="Por tipo" describe={(r) => `${r.label}: ${r.value}`} onSelect={onSelect} />);
    const group = await screen.findByRole('group', { name: 'Por tipo' });
    const bars = within(group).getAllByRole('button');
    expect(bars.map((b) => [b.getAttribute('aria-label'), b.getAttribute('aria-pressed')])).toEqual([
      ['Propuesta ante un organismo multilateral: 5', 'false'],
      ['Reunión técnica: 1', 'true'],
    ]);
    bars[0]?.focus();
    await userEvent.setup().keyboard(' ');
    expect(onSelect).toHaveBeenCalledWith('a');
  });

  it('then labels are whole (never cut with "…") and the values are written at the bar ends', async () => {
    const { container } = render(<BarChart rows={rows} label="Por tipo" describe={(r) => r.label} />);
    const svg = await screen.findByRole('img', { name: 'Por tipo' });
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Propuesta ante un organismo multilateral');
    expect(texts.join(' ')).not.toContain('…');
    expect(texts).toEqual(expect.arrayContaining(['5', '1']));
    // Exports take this <svg>: the chart's own surface, not a legend icon.
    expect(findChartSvg(container)).toBe(svg);
  });

  it('then a column chart without onSelect has no buttons and writes each count above its column', async () => {
    render(
      <ColumnChart
        rows={[
          { key: '2025-11', label: 'Nov 2025', value: 14 },
          { key: '2025-12', label: 'Dec 2025', value: 4 },
        ]}
        label="Per month"
        describe={(r) => r.label}
      />,
    );
    const svg = await screen.findByRole('img', { name: 'Per month' });
    expect(within(svg).queryAllByRole('button')).toHaveLength(0);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Nov 2025', 'Dec 2025', '14', '4']));
  });

  it.each([
    ['en', '9,792', '100,019'],
    ['es', '9,792', '100,019'],
  ])(
    "then, in %s, counts are written with the reader's digit grouping unless the caller formats them",
    async (lang, a, b) => {
      await i18n.changeLanguage(lang);
      render(
        <>
          <BarChart rows={[{ key: 'CL', label: 'Chile', value: 9792 }]} label="By country" describe={(r) => r.label} />
          <ColumnChart
            rows={[{ key: '2025-11', label: 'Nov 2025', value: 100019 }]}
            label="Per month"
            describe={(r) => r.label}
          />
        </>,
      );
      const bars = await screen.findByRole('img', { name: 'By country' });
      expect([...bars.querySelectorAll('text')].map((t) => t.textContent)).toContain(a);
      const columns = await screen.findByRole('img', { name: 'Per month' });
      expect([...columns.querySelectorAll('text')].map((t) => t.textContent)).toContain(b);
    },
  );
});
