import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';
import { getDb, resetDbForTests } from '../../db/database';
import { releaseFixture } from '../../testing/releaseFixture';
import { resetSeedingForTests } from '../../db/seed';
import type { Activity } from '../../domain/activity';
import { generate } from '../../testing/sample';
import { generateActivities } from '../../testing/generate';
import { daysOf, monthOracle, monthsOf, oracleMonths, spanningMonths } from '../../testing/monthOracle';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

/**
 * The timeline's order, written out here rather than taken from domain/timeline (the code under test): under its
 * heading — the month, when every day the date may stand for lies in one month (the calendar walk of
 * testing/monthOracle), else its own period, after that month — then start date, the last day the date stands for
 * (a month or quarter ends after a day in it), then id.
 */
function headingOf(a: Activity): string {
  const month = a.date.slice(0, 7);
  return monthsOf(a).size === 1 ? `${month} 0` : `${month} 1 ${a.date} ${daysOf(a).at(-1)} ${a.datePrecision}`;
}
function naiveOrder(list: readonly Activity[]): Activity[] {
  const key = (a: Activity) => `${headingOf(a)}|${a.date} ${daysOf(a).at(-1)} ${a.id}`;
  const keys = new Map(list.map((a) => [a, key(a)]));
  const k = (a: Activity) => keys.get(a) ?? '';
  return [...list].sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}

const itemLinks = () =>
  screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('/records/') && a.closest('.tl-list'));

/** "November 2025", written with Intl here rather than with domain/dates (the code under test). */
const monthName = (key: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${key}-01T00:00:00Z`),
  );
const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
/** A heading's text with Intl's thin spaces around a range's dash read as plain ones. */
const text = (h: HTMLElement) => h.textContent.replace(/\s+/g, ' ');

describe('when the timeline opens on the whole release', () => {
  it('then days go under their month, and ranges and the quarter under their own period, after its first month', async () => {
    await renderApp('/timeline?lang=en');
    const headings = await screen.findAllByRole('heading', { level: 2, name: /\d{4}/ });
    // The release's 19: four days in November, ten known only to 10 Nov – 10 Dec 2025, four days in December and
    // one visit planned for Q1 2026 (tests/fixtures/dataset/np-304-25.activities.json).
    expect(headings.map(text)).toEqual([
      'November 2025 4 activities',
      '10 Nov – 10 Dec 2025 10 activities known only to this period',
      'December 2025 4 activities',
      'Q1 2026 1 activity known only to this period',
    ]);
    const december = screen.getByRole('region', { name: /December 2025/ });
    expect(
      within(december)
        .getAllByRole('link')
        .filter((a) => a.getAttribute('href')?.startsWith('/records/'))
        .map((a) => a.textContent),
    ).toEqual([
      'Peru–Chile Binational Committee on Migration Cooperation set up',
      "Foreign minister presents Peru's diplomatic-asylum proposal to the OAS",
      'Foreign Minister De Zela meets US Secretary of State Marco Rubio',
      'Peru–Chile consular and migration meeting in Tacna',
    ]);
    expect(screen.queryByRole('heading', { level: 2, name: /^January 2026/ })).toBeNull();
    expect(screen.getByRole('list', { name: 'Key' })).toHaveTextContent('A heading that names a period');
  });

  it('then each month heading counts what the chart says certainly falls in it, the period headings what may', async () => {
    await renderApp('/timeline?lang=en');
    const chart = await screen.findByRole('figure', { name: 'Activities per month' });
    const headings = screen.getAllByRole('heading', { level: 2, name: /\d{4}/ });
    const periodCounts = headings
      .filter((h) => h.textContent.includes('known only to this period'))
      .map((h) => Number(/ (\d+) activit/.exec(text(h))?.[1]));
    // The calendar walk (testing/monthOracle) counts each month; the spanning records, by the days they cover.
    const spanning = spanningMonths(releaseFixture.activities);
    for (const [month, { certain, possible }] of monthOracle(releaseFixture.activities)) {
      const name = monthName(month);
      const bar = possible
        ? `${name}: ${plural(certain, 'activity', 'activities')} certainly, ${possible} more may fall in it`
        : `${name}: ${plural(certain, 'activity', 'activities')}`;
      expect(within(chart).getByRole('button', { name: bar })).toBeInTheDocument();
      const heading = headings.find((h) => h.textContent.startsWith(`${name} `));
      if (certain > 0) expect(heading).toHaveTextContent(`${name} ${plural(certain, 'activity', 'activities')}`);
      else expect(heading).toBeUndefined();
      expect(spanning.filter((a) => monthsOf(a).has(month))).toHaveLength(possible);
    }
    expect(periodCounts.reduce((n, c) => n + c, 0)).toBe(spanning.length);
  });

  it('then each month heading links to its review, keeping the filters; a period heading links nowhere', async () => {
    await renderApp('/timeline?theme=drug-trafficking&lang=en');
    const november = await screen.findByRole('heading', { level: 2, name: /^November 2025/ });
    expect(within(november).getByRole('link', { name: 'November 2025' })).toHaveAttribute(
      'href',
      '/month/2025-11?theme=drug-trafficking&lang=en',
    );
    const december = screen.getByRole('heading', { level: 2, name: /^December 2025/ });
    expect(within(december).getByRole('link', { name: 'December 2025' })).toHaveAttribute(
      'href',
      '/month/2025-12?theme=drug-trafficking&lang=en',
    );
    // Drug trafficking: 20 Nov and 5 Dec, and five coordinations known only to 10 Nov – 10 Dec 2025.
    const period = screen.getByRole('heading', { level: 2, name: /^10 Nov\s–\s10 Dec 2025/ });
    expect(period).toHaveTextContent('5 activities known only to this period');
    expect(within(period).queryByRole('link')).toBeNull();
  });

  it('then the planned Rubio visit shows "Q1 2026", its type, countries and status in words', async () => {
    await renderApp('/timeline?lang=en');
    const quarter = await screen.findByRole('region', { name: /^Q1 2026/ });
    const item = within(quarter).getByRole('listitem');
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
    await screen.findByRole('region', { name: /^Q1 2026/ });
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
  it('then ranges begun in November are listed under their period, marked as begun earlier', async () => {
    await renderApp('/timeline?from=2025-12-01&to=2025-12-31&lang=en');
    const headings = await screen.findAllByRole('heading', { level: 2, name: /\d{4}/ });
    expect(headings.map(text)).toEqual([
      '10 Nov – 10 Dec 2025 10 activities known only to this period · begun before the dates shown, under way in them',
      'December 2025 4 activities',
    ]);
    expect(screen.queryByRole('heading', { level: 2, name: /^November 2025/ })).toBeNull();
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
      await screen.findByText(/^469 activities in date order, under their month, or under their period/),
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
      await screen.findByText(/^1,000 activities in date order, under their month, or under their period/),
    ).toBeInTheDocument();
    const user = userEvent.setup();
    const first = screen.getByRole('link', { name: sorted[0]?.title.en });
    first.focus();
    await user.keyboard('{End}');
    const last = sorted[999];
    expect(document.activeElement).toHaveTextContent(last?.title.en ?? '');
    expect(document.activeElement).toHaveAttribute('href', `/records/${last?.id}?lang=en`);
    // Its heading is named though it is far above, and the item says where it is under that heading.
    const item = document.activeElement?.closest('li');
    const lastHeading = last ? headingOf(last) : '';
    const underLast = sorted.filter((a) => headingOf(a) === lastHeading).length;
    expect(item).toHaveAttribute('aria-posinset', String(underLast));
    expect(item).toHaveAttribute('aria-setsize', String(underLast));
    expect(item?.closest('section')).toHaveAccessibleName(
      lastHeading.endsWith(' 0')
        ? `${monthName(last?.date.slice(0, 7) ?? '')} ${underLast} activities`
        : new RegExp(` ${underLast} activities known only to this period$`),
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
