import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';

// The 19 records of one release: seven counterpart countries, two planned or announced activities long past.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

/**
 * Clicks a column's sort button once the table is drawn. The first render of a test file seeds the database and
 * loads the page's strings, which on a loaded machine takes longer than the default wait.
 */
async function sortBy(name: string) {
  await screen.findByRole('table', undefined, { timeout: 20_000 });
  await userEvent.setup().click(screen.getByRole('button', { name }));
}

/** The body's rows as shown, each as its cells' text. */
async function bodyRows(): Promise<string[][]> {
  const table = await screen.findByRole('table');
  const body = within(table).getAllByRole('rowgroup')[1]!;
  return within(body)
    .getAllByRole('row')
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? ''),
    );
}

/** The Countries column of the rows that have a counterpart country (the others sort last, as "—"). */
async function countriesShown(): Promise<string[]> {
  return (await bodyRows()).map((cells) => cells[3] ?? '').filter((c) => c !== '—');
}

describe('when the analyst sorts by the Countries column', () => {
  it('then, in English, countries follow their English names, not their codes', async () => {
    await renderApp('/records?lang=en');
    await sortBy('Countries');
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Countries/ })).toHaveAttribute('aria-sort', 'ascending'),
    );
    expect(await countriesShown()).toEqual([
      'Canada',
      'Chile',
      'Chile',
      'El Salvador',
      'Finland',
      'Germany',
      'Netherlands',
      'United States of America',
      'United States of America',
    ]);
  });

  it('then, in Spanish, they follow the Spanish names: Alemania first, Estados Unidos before Finlandia', async () => {
    await renderApp('/records?lang=es');
    await sortBy('Países');
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Países/ })).toHaveAttribute('aria-sort', 'ascending'),
    );
    expect(await countriesShown()).toEqual([
      'Alemania',
      'Canadá',
      'Chile',
      'Chile',
      'El Salvador',
      'Estados Unidos',
      'Estados Unidos',
      'Finlandia',
      'Países Bajos',
    ]);
  });
});

describe('when the analyst sorts by the Status column', () => {
  it('then the overdue planned and announced activities come first', async () => {
    await renderApp('/records?lang=en');
    await sortBy('Status');
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Status/ })).toHaveAttribute('aria-sort', 'ascending'),
    );
    const status = (await bodyRows()).map((cells) => cells[6] ?? '');
    expect(status.slice(0, 2).every((s) => s.includes('Overdue'))).toBe(true);
    expect(status.slice(2).some((s) => s.includes('Overdue'))).toBe(false);
    expect(status.slice(2).every((s) => s === 'Held')).toBe(true);
  });
});
