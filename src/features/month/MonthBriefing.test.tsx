import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';
import { listBriefing } from '../../db/briefing';
import { embeddedActivities } from '../../testing/embedded';
import { monthOracle } from '../../testing/monthOracle';

const slow = { timeout: 15_000 };
const counts = (month: string) => monthOracle(embeddedActivities).get(month) ?? { certain: 0, possible: 0 };

describe('when the analyst adds November 2025 to the briefing from its month page', () => {
  it('then the briefing gains the month as a heading, what changed, the chart and the records, once', async () => {
    const user = userEvent.setup();
    await renderApp('/month/2025-11?country=CL&lang=en');
    const button = await screen.findByRole('button', { name: 'Add this month to the briefing' }, slow);
    await screen.findByRole('figure', { name: 'Activities per month up to November 2025' }, slow);
    await user.click(button);
    expect(await screen.findByRole('button', { name: 'This month is in the briefing' }, slow)).toBeDisabled();
    const items = await listBriefing();
    expect(items.map((i) => i.kind)).toEqual(['heading', 'note', 'chart', 'records']);
    const [heading, note, chart, records] = items;
    expect(heading).toMatchObject({ text: 'November 2025 in review', path: '/month/2025-11' });
    const monthOnly = { country: 'CL', lang: 'en', from: '2025-11-01', to: '2025-11-30' };
    expect(Object.fromEntries(new URLSearchParams(records?.search))).toEqual(monthOnly);
    // The note is what the "What changed" region says, sentence by sentence.
    const region = screen.getByRole('region', { name: 'What changed' });
    for (const line of note?.text?.split('\n') ?? []) expect(region.textContent).toContain(line.split(' — ')[0]);
    expect(note?.text).toMatch(/^November 2025: \d+ activit(y|ies) dated within the month/);
    expect(chart).toMatchObject({ chartId: 'month-2025-11', title: 'Activities per month up to November 2025' });
    expect(chart?.svg).toContain('Activities per month up to November 2025');
  });

  it('then the briefing page shows the month in review', async () => {
    const user = userEvent.setup();
    await renderApp('/month/2025-11?lang=en');
    await screen.findByRole('figure', { name: 'Activities per month up to November 2025' }, slow);
    await user.click(screen.getByRole('button', { name: 'Add this month to the briefing' }));
    await screen.findByRole('button', { name: 'This month is in the briefing' }, slow);
    await renderApp('/briefing?lang=en', { resetDb: false });
    const list = await screen.findByRole('list', { name: 'Briefing items' }, slow);
    expect(within(list).getByDisplayValue('November 2025 in review')).toBeInTheDocument();
    expect(within(list).getByDisplayValue(/November 2025: \d+ activities dated within the month/)).toBeInTheDocument();
    expect(within(list).getByRole('img', { name: /^Activities per month up to November 2025/ })).toBeInTheDocument();
    const nov = counts('2025-11');
    expect(within(list).getByText(`${nov.certain + nov.possible} activities`)).toBeInTheDocument();
  });
});

describe('when the analyst follows “Compare with another period”', () => {
  it('then /compare opens with the month as period A and the month before as B, under the page’s filters', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/month/2025-11?country=CL&lang=en');
    await user.click(await screen.findByRole('link', { name: 'Compare with another period' }, slow));
    await waitFor(() => expect(router.state.location.pathname).toBe('/compare'), slow);
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      country: 'CL',
      lang: 'en',
      from: '2025-11-01',
      to: '2025-11-30',
      bfrom: '2025-10-01',
      bto: '2025-10-31',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare two periods' }, slow)).toBeInTheDocument();
  });
});
