import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';
import { listBriefing } from '../../db/briefing';
import { embeddedActivities } from '../../testing/embedded';
import { monthsOf } from '../../testing/monthOracle';

/** The first find waits for the lazy page and the seeded database, slow on a busy machine. */
const slow = { timeout: 15_000 };
const URL_DEC_NOV = '/compare?from=2025-12-01&to=2025-12-31&bfrom=2025-11-01&bto=2025-11-30&lang=en';

/** A value's counts in a month by the calendar walk (src/testing/monthOracle.ts), not by the code under test. */
function oracle(month: string, country: string) {
  const mine = embeddedActivities.filter((a) => a.countries.includes(country) && monthsOf(a).has(month));
  const certain = mine.filter((a) => monthsOf(a).size === 1).length;
  return { certain, possible: mine.length - certain };
}

describe('when the analyst compares December 2025 with November 2025', () => {
  it('then the table has a row per country seen in either month, with both months’ counts and the difference', async () => {
    await renderApp(URL_DEC_NOV);
    const table = await screen.findByRole('table', { name: /Activities by country in period A/ }, slow);
    const seen = new Set(
      embeddedActivities
        .filter((a) => monthsOf(a).has('2025-12') || monthsOf(a).has('2025-11'))
        .flatMap((a) => a.countries),
    );
    // One header row, then one row per country.
    expect(within(table).getAllByRole('row')).toHaveLength(1 + seen.size);
    const dec = oracle('2025-12', 'CL');
    const nov = oracle('2025-11', 'CL');
    const chile = within(table).getByRole('rowheader', { name: 'Chile' }).closest('tr');
    const diff = dec.certain - nov.certain;
    expect([...chile!.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      String(dec.certain),
      String(dec.possible),
      String(nov.certain),
      String(nov.possible),
      `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(diff)}`,
    ]);
  });

  it('then every region of the page has a name of its own', async () => {
    await renderApp(URL_DEC_NOV);
    await screen.findByRole('table', { name: /Activities by country in period A/ }, slow);
    // Each region's name: its aria-label, or the text of the element that labels it.
    const names = screen.getAllByRole('region').map((r) => {
      const by = r.getAttribute('aria-labelledby');
      return by ? document.getElementById(by)?.textContent : r.getAttribute('aria-label');
    });
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
  });

  it('then the chart of differences is a figure with Export inside it, and says what its counts leave out', async () => {
    const user = userEvent.setup();
    await renderApp(URL_DEC_NOV);
    const figure = await screen.findByRole(
      'figure',
      { name: /^Difference by country: 1\s*–\s*31 Dec 2025 against 1\s*–\s*30 Nov 2025$/ },
      slow,
    );
    const possibleDec = embeddedActivities.filter((a) => monthsOf(a).has('2025-12') && monthsOf(a).size > 1).length;
    expect(figure).toHaveTextContent(`Bars count only activities dated within each period; ${possibleDec} in A`);
    await user.click(within(figure).getByRole('button', { name: 'Export' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      'PNG',
      'Print quality (3×)',
      'SVG',
      'CSV',
    ]);
    await user.keyboard('{Escape}');
    expect(within(figure).getByRole('button', { name: 'Add to briefing' })).toBeEnabled();
    expect(within(figure).getByRole('img', { name: /^Difference by country/ })).toBeInTheDocument();
  });

  it('then “Type of activity” breaks the table down by type instead', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp(URL_DEC_NOV);
    await user.click(await screen.findByRole('button', { name: 'Type of activity' }, slow));
    expect(new URLSearchParams(router.state.location.search).get('by')).toBe('type');
    expect(await screen.findByRole('table', { name: /Activities by type of activity/ })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /^Difference by type of activity:/ })).toBeInTheDocument();
  });
});

describe('when the analyst adds the chart of differences to the briefing', () => {
  it('then the stored picture states both periods and links back to this comparison', async () => {
    const user = userEvent.setup();
    await renderApp(`${URL_DEC_NOV}&country=CL,MX`);
    const figure = await screen.findByRole('figure', { name: /^Difference by country:/ }, slow);
    await user.click(within(figure).getByRole('button', { name: 'Add to briefing' }));
    await within(figure).findByRole('button', { name: 'In the briefing' }, slow);
    const [item] = await listBriefing();
    expect(item).toMatchObject({ kind: 'chart', chartId: 'compare-country', path: '/compare' });
    expect(Object.fromEntries(new URLSearchParams(item?.search))).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-31',
      bfrom: '2025-11-01',
      bto: '2025-11-30',
    });
    expect(item?.filtersText?.replace(/\s/g, ' ')).toMatch(
      /^Countries: Chile or Mexico · Period: 1 – 31 Dec 2025 · Compared with: 1 – 30 Nov 2025$/,
    );
    expect(item?.svg).toContain('Compared with');
  });
});

describe('when /compare opens without periods', () => {
  it('then it compares the data set’s latest month with the month before, written into the URL', async () => {
    const { router } = await renderApp('/compare?country=CL&lang=en');
    await screen.findByRole('table', {}, slow);
    const latest = embeddedActivities
      .map((a) => a.date)
      .sort()
      .at(-1)!
      .slice(0, 7);
    const [y, m] = latest.split('-').map(Number) as [number, number];
    const last = (yy: number, mm: number) => new Date(Date.UTC(yy, mm, 0)).toISOString().slice(0, 10);
    const prev = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
    const p = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(p)).toEqual({
      country: 'CL',
      lang: 'en',
      from: `${latest}-01`,
      to: last(y, m),
      bfrom: prev,
      bto: last(y, m - 1),
    });
  });
});

describe('when the analyst follows “Compare periods” in the filter bar', () => {
  it('then /compare opens with the filter bar’s dates as period A and the other filters kept', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?country=CL&from=2025-10-10&to=2025-12-08&lang=en');
    const bar = await screen.findByRole('region', { name: 'Filters' }, slow);
    await user.click(within(bar).getByRole('link', { name: 'Compare periods' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/compare'), slow);
    await waitFor(
      () => expect(new URLSearchParams(router.state.location.search).get('bfrom')).toBe('2025-08-11'),
      slow,
    );
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toMatchObject({
      country: 'CL',
      from: '2025-10-10',
      to: '2025-12-08',
      bto: '2025-10-09',
    });
    expect(within(bar).queryByRole('link', { name: 'Compare periods' })).not.toBeInTheDocument();
  });
});

describe('in Spanish', () => {
  it('then the page and its figure speak Spanish', async () => {
    await renderApp(URL_DEC_NOV.replace('lang=en', 'lang=es'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Comparar dos periodos' }, slow)).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: /^Diferencia por país:/ })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Diferencia (fechadas dentro)' })).toBeInTheDocument();
  });
});
