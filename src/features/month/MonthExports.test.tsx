import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';
import { embeddedActivities } from '../../testing/embedded';
import { listBriefing } from '../../db/briefing';
import { monthsOf } from '../../testing/monthOracle';
import { restoreObjectUrlAfterEach } from '../../testing/objectUrl';

/** Ids of the embedded records that may fall in the month, by the calendar walk (not the code under test). */
const idsOf = (month: string) =>
  embeddedActivities
    .filter((a) => monthsOf(a).has(month))
    .map((a) => a.id)
    .sort();

/** The chart's first month: five before November 2025, or the data set's first month if it starts later. */
const firstShown = () => {
  const first = embeddedActivities.map((a) => a.date.slice(0, 7)).sort()[0] ?? '2025-11';
  return first > '2025-06' ? first : '2025-06';
};
const monthsShown = () => 11 - Number(firstShown().slice(5, 7)) + 1;

function captureDownloads() {
  const created: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((b: Blob) => (created.push(b), 'blob:test')),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return created;
}

describe('when the analyst exports from the month page', () => {
  restoreObjectUrlAfterEach();

  it('then the month’s figure offers Export and Add to briefing, and is stored in the briefing under its months', async () => {
    const user = userEvent.setup();
    await renderApp('/month/2025-11?lang=en');
    const figure = await screen.findByRole(
      'figure',
      { name: 'Activities per month up to November 2025' },
      { timeout: 5000 },
    );
    await user.click(within(figure).getByRole('button', { name: 'Export' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      'PNG',
      'Print quality (3×)',
      'SVG',
      'CSV',
    ]);
    await user.keyboard('{Escape}');
    await user.click(within(figure).getByRole('button', { name: 'Add to briefing' }));
    await within(figure).findByRole('button', { name: 'In the briefing' });
    const [item] = await listBriefing();
    expect(item).toMatchObject({
      kind: 'chart',
      title: 'Activities per month up to November 2025',
      path: '/month/2025-11',
    });
    expect(new URLSearchParams(item?.search)).toEqual(
      new URLSearchParams({ lang: 'en', from: `${firstShown()}-01`, to: '2025-11-30' }),
    );
    expect(item?.filtersText?.replace(/\s/g, ' ')).toMatch(/^Period: 1 ([A-Z][a-z]+ )?– 30 Nov 2025$/);
    // The on-screen hint is for the screen: the stored image says what the chart means, not where to click.
    expect(within(figure).getByText(/Click a month to open its review/)).toBeVisible();
    expect(item?.svg).toContain('Activities per month up to November 2025');
    expect(item?.svg).not.toMatch(/Click a month/);
  });

  it('then the figure’s CSV has a row per month, certain and possible apart', async () => {
    const created = captureDownloads();
    const user = userEvent.setup();
    await renderApp('/month/2025-11?lang=en');
    const figure = await screen.findByRole(
      'figure',
      { name: 'Activities per month up to November 2025' },
      { timeout: 5000 },
    );
    await user.click(within(figure).getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const lines = (await created[0]!.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    // No column for months before the data set starts: they are unrecorded, not empty.
    expect(lines).toHaveLength(1 + monthsShown());
    expect(lines.at(-1)).toBe(
      `November 2025,${idsOf('2025-11').length - countPossible('2025-11')},${countPossible('2025-11')}`,
    );
  });

  it('then “Download data” writes the records of the month, as the date filter lists them', async () => {
    const created = captureDownloads();
    const user = userEvent.setup();
    await renderApp('/month/2025-11?lang=en');
    const list = await screen.findByRole('region', { name: 'The month’s activities' }, { timeout: 5000 });
    await user.click(await within(list).findByRole('button', { name: 'Download data' }));
    await user.click(screen.getByRole('menuitem', { name: 'JSON' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const file = JSON.parse(await created[0]!.text()) as { activities: { id: string }[] };
    expect(file.activities.map((a) => a.id).sort()).toEqual(idsOf('2025-11'));
  });
});

/** Records that may fall in the month without being dated within it. */
function countPossible(month: string) {
  return embeddedActivities.filter((a) => monthsOf(a).has(month) && monthsOf(a).size > 1).length;
}
