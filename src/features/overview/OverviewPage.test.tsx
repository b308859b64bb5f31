import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';
import { releaseFixture } from '../../testing/releaseFixture';
import { oracleMonths, spanningMonths } from '../../testing/monthOracle';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

/** The headline figures as { label: value }, read from the description list. */
async function figures() {
  const region = await screen.findByRole('region', { name: 'Headline figures' });
  const terms = within(region)
    .getAllByRole('term')
    .map((t) => t.textContent);
  const values = within(region)
    .getAllByRole('definition')
    .map((d) => d.querySelector('.headline-value')?.textContent);
  return Object.fromEntries(terms.map((t, i) => [t, values[i]]));
}

describe('when the overview opens on the whole release', () => {
  it('then the headline figures count the release', async () => {
    await renderApp('/?lang=en');
    expect(await figures()).toEqual({
      Activities: '19',
      'Counterpart countries': '7',
      Themes: '14',
      'International organisations': '5',
      Held: '17',
      'Announced or planned': '2',
    });
    expect(screen.getByText('1 announced · 1 planned')).toBeInTheDocument();
  });

  it('then the latest activities link to their records, keeping the search', async () => {
    await renderApp('/?lang=en');
    const latest = await screen.findByRole('region', { name: 'Latest activities' });
    const links = within(latest).getAllByRole('link');
    expect(links[0]).toHaveTextContent('Planned official visit to Peru by US Secretary of State Marco Rubio');
    expect(links[0]).toHaveAttribute('href', '/records/us-secretary-of-state-visit-to-peru?lang=en');
    expect(links[1]).toHaveTextContent('Peru–Chile consular and migration meeting in Tacna');
    expect(links.at(-1)).toHaveAttribute('href', '/records?lang=en');
  });

  it('then small versions of the views link to them', async () => {
    await renderApp('/?lang=en');
    const months = await screen.findByRole('figure', { name: 'Activities per month' });
    // Imprecise dates (ranges across months, a quarter) make the busiest month impossible to tell: it says so.
    expect(months).toHaveTextContent(
      `The date of ${spanningMonths(releaseFixture.activities).length} of the ${releaseFixture.activities.length} activities is known only to a longer period`,
    );
    expect(within(months).getByText('Known only to a longer period: may fall in the month')).toBeInTheDocument();
    expect(within(months).getByRole('link', { name: /Open the timeline/ })).toHaveAttribute(
      'href',
      '/timeline?lang=en',
    );
    const themes = screen.getByRole('figure', { name: 'Top themes' });
    expect(within(themes).getAllByRole('button', { name: /: \d activities/ })).toHaveLength(5);
    expect(within(themes).getByRole('link', { name: /Open the themes/ })).toHaveAttribute('href', '/themes?lang=en');
    const countries = screen.getByRole('figure', { name: 'Top counterpart countries' });
    expect(countries).toHaveTextContent(
      'Chile and United States of America lead with 2 activities each, 1 more than Canada.',
    );
    expect(within(countries).getByRole('link', { name: /Open the map/ })).toHaveAttribute('href', '/map?lang=en');
  });
});

describe('when the overview shows activities per month', () => {
  it('then every month of the chart links to its review, keeping the filters', async () => {
    await renderApp('/?theme=drug-trafficking&lang=en');
    const figure = await screen.findByRole('figure', { name: 'Activities per month' });
    const nav = within(figure).getByRole('navigation', { name: 'Each month in review' });
    // The months the calendar walk finds for the filtered records (testing/monthOracle), not the chart's own rows.
    const months = oracleMonths(releaseFixture.activities.filter((a) => a.themes.includes('drug-trafficking')));
    expect(months).toEqual(['2025-11', '2025-12']);
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      months.map((m) => `/month/${m}?theme=drug-trafficking&lang=en`),
    );
    expect(links.map((a) => a.textContent)).toEqual(['Nov 2025', 'Dec 2025']);
  });

  it('then on the whole release the links run from November 2025 to March 2026, the quarter’s last month', async () => {
    await renderApp('/?lang=en');
    const figure = await screen.findByRole('figure', { name: 'Activities per month' });
    const nav = within(figure).getByRole('navigation', { name: 'Each month in review' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(oracleMonths(releaseFixture.activities).map((m) => `/month/${m}?lang=en`));
    expect(within(nav).getAllByRole('link')).toHaveLength(5);
  });

  it('then with a date filter the links cover its months, and the month replaces the dates', async () => {
    await renderApp('/?country=CL&from=2025-12-01&to=2025-12-31&lang=en');
    const figure = await screen.findByRole('figure', { name: 'Activities per month' });
    const nav = within(figure).getByRole('navigation', { name: 'Each month in review' });
    expect(within(nav).getByRole('link', { name: 'Dec 2025' })).toHaveAttribute(
      'href',
      '/month/2025-12?country=CL&lang=en',
    );
    expect(within(nav).getAllByRole('link')).toHaveLength(1);
  });
});

describe('when the analyst browses month by month', () => {
  it('then "previous" starts from the latest month and steps back, and "whole period" returns', async () => {
    const { router } = await renderApp('/?lang=en');
    const user = userEvent.setup();
    const nav = await screen.findByRole('navigation', { name: 'Browse by month' });
    expect(within(nav).getByRole('button', { name: 'Next month' })).toBeDisabled();
    await user.click(within(nav).getByRole('button', { name: 'Previous month: January 2026' }));
    expect(router.state.location.search).toBe('?lang=en&from=2026-01-01&to=2026-01-31');
    expect((await figures()).Activities).toBe('1');
    await user.click(within(nav).getByRole('button', { name: 'Previous month: December 2025' }));
    expect(router.state.location.search).toBe('?lang=en&from=2025-12-01&to=2025-12-31');
    expect(within(nav).getByText('December 2025')).toBeInTheDocument();
    expect(await figures()).toMatchObject({ Activities: '14', Held: '13', 'Announced or planned': '1' });
    await user.click(within(nav).getByRole('button', { name: 'Whole period' }));
    expect(router.state.location.search).toBe('?lang=en');
    expect((await figures()).Activities).toBe('19');
  });
});

describe('when the overview is filtered', () => {
  it('then ?country=CL counts Chile’s two activities', async () => {
    await renderApp('/?country=CL&lang=en');
    expect(await figures()).toMatchObject({ Activities: '2', 'Counterpart countries': '1', Themes: '3', Held: '2' });
  });
  it('then an empty result offers to clear the filters', async () => {
    await renderApp('/?country=JP&lang=es');
    expect(await screen.findByRole('button', { name: 'Quitar los filtros' })).toBeInTheDocument();
  });
});
