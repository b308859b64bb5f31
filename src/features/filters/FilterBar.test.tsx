import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DataRouter } from 'react-router';
import { renderApp } from '../../../tests/utils/renderApp';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

/** The address's parameters as an object: the order in which they were written does not matter. */
const paramsOf = (router: DataRouter) => Object.fromEntries(new URLSearchParams(router.state.location.search));
const rowsShown = async () => within(await screen.findByRole('table')).getAllByRole('row').length - 1;

describe('when the analyst ticks a country in the filter bar', () => {
  it('then the URL gets ?country= and the table follows, keeping ?lang=', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?lang=en');
    expect(await rowsShown()).toBe(19);
    const filters = screen.getByRole('region', { name: 'Filters' });
    await user.click(within(filters).getByText('Country', { selector: 'summary' }));
    const countries = within(filters).getByRole('group', { name: 'Country' });
    await user.click(within(countries).getByRole('checkbox', { name: /^Chile/ }));
    await waitFor(() => expect(paramsOf(router)).toEqual({ lang: 'en', country: 'CL' }));
    await waitFor(async () => expect(await rowsShown()).toBe(2));
  });
});

describe('when filters are active', () => {
  it('then each shows as a chip that removes just that value', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?country=CL&theme=consular-services&lang=en');
    expect(await rowsShown()).toBe(1);
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('span')?.textContent),
    ).toEqual(['Country: Chile', 'Theme: Consular services']);
    await user.click(screen.getByRole('button', { name: 'Remove filter Theme: Consular services' }));
    await waitFor(() => expect(paramsOf(router)).toEqual({ country: 'CL', lang: 'en' }));
    await waitFor(async () => expect(await rowsShown()).toBe(2));
  });

  it('then "Clear all filters" empties them but keeps the language', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?country=CL&from=2025-12-01&q=Tacna&lang=en');
    await user.click(await screen.findByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(paramsOf(router)).toEqual({ lang: 'en' }));
    await waitFor(async () => expect(await rowsShown()).toBe(19));
  });

  it('then the date range shows records overlapping it', async () => {
    await renderApp('/records?from=2026-01-01&lang=en');
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('link', { name: /Planned official visit/ })).toBeInTheDocument();
  });
});

describe('when the text box is used', () => {
  it('then the search reaches the URL and finds records regardless of accents', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?lang=en');
    await rowsShown();
    const box = screen.getByRole('searchbox');
    await user.type(box, 'ancash{Enter}');
    await waitFor(() => expect(paramsOf(router)).toEqual({ lang: 'en', q: 'ancash' }));
    await waitFor(async () => expect(await rowsShown()).toBe(2));
  });
});

describe('when the address has bad filter values', () => {
  it('then each is named in the notice in Spanish too, and the rest still applies', async () => {
    await renderApp('/records?country=XX,CL&from=2025-99-01&lang=es');
    const notice = await waitFor(() => {
      const found = screen.getAllByRole('status').find((el) => el.textContent?.includes('XX'));
      if (!found) throw new Error('no notice yet');
      return found;
    });
    expect(within(notice).getAllByRole('listitem')).toHaveLength(2);
    expect(notice).toHaveTextContent('2025-99-01');
    expect(await rowsShown()).toBe(2);
  });
});
