import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';
import { getDb, resetDbForTests } from '../../db/database';
import { releaseFixture } from '../../testing/releaseFixture';
import { resetSeedingForTests } from '../../db/seed';
import type { Activity } from '../../domain/activity';
import { generate } from '../../testing/sample';
import { formatMonth } from '../../domain/dates';
import { generateActivities } from '../../testing/generate';
import { monthOracle, oracleMonths, spanningMonths } from '../../testing/monthOracle';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

/**
 * The timeline's order, written out here rather than taken from domain/timeline (the code under test): start
 * date, then the last day the date stands for (a month or quarter ends after a day in it), then id.
 */
function naiveOrder(list: readonly Activity[]): Activity[] {
  const lastDay = (a: Activity) => {
    const [y, m] = [Number(a.date.slice(0, 4)), Number(a.date.slice(5, 7))];
    const monthEnd = (month: number) => new Date(Date.UTC(y, month, 0)).toISOString().slice(0, 10);
    if (a.datePrecision === 'month') return monthEnd(m);
    if (a.datePrecision === 'quarter') return monthEnd(Math.ceil(m / 3) * 3);
    if (a.datePrecision === 'range') return a.endDate ?? a.date;
    return a.date;
  };
  const key = (a: Activity) => `${a.date} ${lastDay(a)} ${a.id}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const itemLinks = () =>
  screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('/records/') && a.closest('.tl-list'));

describe('when the timeline opens on the whole release', () => {
  it('then it groups the activities by the month they start, in date order', async () => {
    await renderApp('/timeline?lang=en');
    const headings = await screen.findAllByRole('heading', { level: 2, name: /\d{4}/ });
    expect(headings.map((h) => h.textContent)).toEqual([
      'November 2025 14 activities',
      'December 2025 4 activities',
      'January 2026 1 activity',
    ]);
    const december = screen.getByRole('region', { name: /December 2025/ });
    expect(
      within(december)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Peru–Chile Binational Committee on Migration Cooperation set up',
      "Foreign minister presents Peru's diplomatic-asylum proposal to the OAS",
      'Foreign Minister De Zela meets US Secretary of State Marco Rubio',
      'Peru–Chile consular and migration meeting in Tacna',
    ]);
  });

  it('then the planned Rubio visit shows "Q1 2026", its type, countries and status in words', async () => {
    await renderApp('/timeline?lang=en');
    const january = await screen.findByRole('region', { name: /January 2026/ });
    const item = within(january).getByRole('listitem');
    expect(item).toHaveTextContent('Q1 2026');
    expect(item).toHaveTextContent('(quarter only)');
    expect(
      within(item)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['Official visit to Peru', 'Bilateral relations', 'United States of America']);
    expect(item).toHaveTextContent('Planned');
    expect(within(item).getByRole('link')).toHaveAttribute(
      'href',
      '/records/us-secretary-of-state-visit-to-peru?lang=en',
    );
  });

  it('then a range is shown as a span with its end date', async () => {
    await renderApp('/timeline?lang=en');
    const link = await screen.findByRole('link', { name: 'Coordination with Finland on security, drugs and customs' });
    const item = link.closest('li');
    expect(item).toHaveTextContent('10 Nov – 10 Dec 2025');
    expect(item).toHaveTextContent('until 10 Dec 2025');
  });

  it('then the arrow keys move focus between items, across months', async () => {
    await renderApp('/timeline?lang=en');
    const user = userEvent.setup();
    await screen.findByRole('region', { name: /January 2026/ });
    const links = itemLinks();
    expect(links).toHaveLength(19);
    links[13]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(links[14]);
    expect(document.activeElement).toHaveTextContent('Peru–Chile Binational Committee on Migration Cooperation set up');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(links[12]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(links[18]);
  });

  it('then clicking a month in the chart zooms into it', async () => {
    const { router } = await renderApp('/timeline?lang=en');
    const user = userEvent.setup();
    const chart = await screen.findByRole('figure', { name: 'Activities per month' });
    // Ranges over November and December and a quarter: the busiest month cannot be told from these dates.
    const spanning = spanningMonths(releaseFixture.activities).length;
    expect(chart).toHaveTextContent(
      `The date of ${spanning} of the ${releaseFixture.activities.length} activities is known only to a longer period, so which month was busiest cannot be told.`,
    );
    expect(chart).not.toHaveTextContent('is the busiest month');
    const dec = monthOracle(releaseFixture.activities).get('2025-12') ?? { certain: 0, possible: 0 };
    await user.click(
      within(chart).getByRole('button', {
        name: `December 2025: ${dec.certain} activities certainly, ${dec.possible} more may fall in it`,
      }),
    );
    const params = new URLSearchParams(router.state.location.search);
    expect([params.get('from'), params.get('to')]).toEqual(['2025-12-01', '2025-12-31']);
    await user.click(
      within(await screen.findByRole('figure', { name: 'Activities per month' })).getByRole('button', {
        name: 'Whole period',
      }),
    );
    expect(new URLSearchParams(router.state.location.search).get('from')).toBeNull();
  });
});

describe('when the timeline is filtered', () => {
  it('then ?country=CL lists Chile’s two December activities', async () => {
    await renderApp('/timeline?country=CL&lang=en');
    await screen.findByRole('region', { name: /December 2025/ });
    expect(itemLinks().map((a) => a.textContent)).toEqual([
      'Peru–Chile Binational Committee on Migration Cooperation set up',
      'Peru–Chile consular and migration meeting in Tacna',
    ]);
    expect(screen.queryByRole('region', { name: /November 2025/ })).toBeNull();
  });
});

describe('when the timeline is zoomed into December 2025', () => {
  it('then ranges begun in November are listed under November, marked as begun earlier', async () => {
    await renderApp('/timeline?from=2025-12-01&to=2025-12-31&lang=en');
    expect(await screen.findByRole('heading', { level: 2, name: /^November 2025/ })).toHaveTextContent(
      'November 2025 10 activities · begun before the dates shown, under way in them',
    );
    expect(screen.getByRole('heading', { level: 2, name: /^December 2025/ })).toHaveTextContent(
      'December 2025 4 activities',
    );
    expect(itemLinks()).toHaveLength(14);
  });
});

describe('when there are more than 300 activities', () => {
  const seed = async (records: Activity[]) => {
    await resetDbForTests();
    resetSeedingForTests();
    await getDb().activities.bulkPut(records);
  };
  afterEach(() => vi.restoreAllMocks());

  it('then it lists them all, drawing only the rows near the viewport', async () => {
    await seed(generate(450, 7));
    await renderApp('/timeline?lang=en', { resetDb: false });
    expect(
      await screen.findByText('469 activities in date order, grouped by the month they start.'),
    ).toBeInTheDocument();
    const chart = screen.getByRole('figure', { name: 'Activities per month' });
    const all = [...generate(450, 7), ...releaseFixture.activities];
    expect(within(chart).getAllByRole('button', { name: /: \d+ activit/ })).toHaveLength(oracleMonths(all).length);
    expect(screen.queryByText(/Showing the first/)).toBeNull();
    // The first month's heading and its first items are drawn; the rest wait until scrolled to.
    expect(screen.getByRole('heading', { level: 2, name: /^January 2023 \d+ activities$/ })).toBeInTheDocument();
    expect(itemLinks().length).toBeGreaterThan(0);
    expect(itemLinks().length).toBeLessThan(100);
  });

  it('then End reaches the last of 1,000 activities, and Home the first', async () => {
    // jsdom cannot scroll: the list asks the window to, and the item is focused wherever the page is.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    // With the release's 19, seeded on first run: 1,000 in all.
    const records: Activity[] = generateActivities(981, 5).map((a) => ({ ...a, origin: 'analyst' }));
    const embedded: Activity[] = releaseFixture.activities.map((a) => ({ ...a, origin: 'embedded' }));
    const sorted = naiveOrder([...records, ...embedded]);
    await seed(records);
    await renderApp('/timeline?lang=en', { resetDb: false });
    expect(
      await screen.findByText('1,000 activities in date order, grouped by the month they start.'),
    ).toBeInTheDocument();
    const user = userEvent.setup();
    const first = screen.getByRole('link', { name: sorted[0]?.title.en });
    first.focus();
    await user.keyboard('{End}');
    const last = sorted[999];
    expect(document.activeElement).toHaveTextContent(last?.title.en ?? '');
    expect(document.activeElement).toHaveAttribute('href', `/records/${last?.id}?lang=en`);
    // Its month is named though the heading is far above, and the item says where it is in that month.
    const item = document.activeElement?.closest('li');
    const inLastMonth = sorted.filter((a) => a.date.startsWith(last?.date.slice(0, 7) ?? '')).length;
    expect(item).toHaveAttribute('aria-posinset', String(inLastMonth));
    expect(item).toHaveAttribute('aria-setsize', String(inLastMonth));
    expect(item?.closest('section')).toHaveAccessibleName(
      new RegExp(`^${formatMonth(last?.date.slice(0, 7) ?? '', 'en-GB')} ${inLastMonth} activities$`),
    );
    // The list may draw its rows again between keys on a busy machine (focus follows once they are drawn).
    const focusedOn = (id: string | undefined) =>
      waitFor(() => expect(document.activeElement).toHaveAttribute('href', `/records/${id}?lang=en`));
    await user.keyboard('{ArrowUp}');
    await focusedOn(sorted[998]?.id);
    await user.keyboard('{Home}');
    await focusedOn(sorted[0]?.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await focusedOn(sorted[2]?.id);
  });
});

describe('when the list shows an overdue planned activity', () => {
  afterEach(() => vi.useRealTimers());

  it('then the key explains the badge; before its quarter ends, neither shows', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-04T12:00:00'));
    const { unmount } = await renderApp('/timeline?lang=en');
    const key = await screen.findByRole('list', { name: 'Key' });
    expect(within(key).getByText('planned, its date has passed, and no report that it took place')).toBeInTheDocument();
    expect(within(key).getByText('Overdue')).toBeInTheDocument();
    expect(screen.getAllByText('Overdue').length).toBeGreaterThan(1); // the key's and the Q1 2026 visit's
    unmount();

    vi.setSystemTime(new Date('2026-02-10T12:00:00')); // Q1 2026 has not ended
    await renderApp('/timeline?lang=en');
    const early = await screen.findByRole('list', { name: 'Key' });
    expect(within(early).queryByText('Overdue')).toBeNull();
    expect(screen.queryAllByText('Overdue')).toHaveLength(0);
  });
});
