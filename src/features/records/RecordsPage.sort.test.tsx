import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';

// The 19 records of one release: seven counterpart countries, one planned activity long past.
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
  it('then the overdue planned activity comes first, then the statuses by name', async () => {
    await renderApp('/records?lang=en');
    await sortBy('Status');
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Status/ })).toHaveAttribute('aria-sort', 'ascending'),
    );
    const status = (await bodyRows()).map((cells) => cells[6] ?? '');
    expect(status[0]).toContain('Overdue');
    expect(status.slice(1).some((s) => s.includes('Overdue'))).toBe(false);
    expect(status.slice(1)).toEqual([...status.slice(1)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(status.slice(1)).toContain('Announced');
  });
});

/**
 * The order a reader expects of a column's text: the language's alphabet, ignoring case and accents, with the
 * empty cell ("—") last. Written here with String.localeCompare, not with the code that sorts the table.
 */
function readerOrder(cells: readonly string[], lang: string): string[] {
  const text = cells.filter((c) => c !== '—').sort((a, b) => a.localeCompare(b, lang, { sensitivity: 'base' }));
  return [...text, ...cells.filter((c) => c === '—')];
}

describe.each([
  // [column header, cell index, language]
  ['Type', 2, 'en'],
  ['Organisations', 4, 'en'],
  ['Themes', 5, 'en'],
  ['Tipo', 2, 'es'],
  ['Organismos', 4, 'es'],
  ['Temas', 5, 'es'],
] as const)('when the analyst sorts by the %s column', (column, index, lang) => {
  // In English this data set's organisation and theme ids happen to sort like their labels; in Spanish they do not,
  // so the Spanish rows are the ones that tell sorting by the words shown from sorting by ids.
  it(`then (${lang}) rows follow its words in the reader's alphabet, and a second click reverses them`, async () => {
    await renderApp(`/records?lang=${lang}`);
    await screen.findByRole('table', undefined, { timeout: 20_000 });
    const before = (await bodyRows()).map((cells) => cells[index] ?? '');
    await sortBy(column);
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: new RegExp(column) })).toHaveAttribute('aria-sort', 'ascending'),
    );
    const asc = (await bodyRows()).map((cells) => cells[index] ?? '');
    // The date order the table opens with is not already this one: the sort has something to do.
    expect(before).not.toEqual(asc);
    expect(asc).toEqual(readerOrder(before, lang));

    await userEvent.setup().click(screen.getByRole('button', { name: column }));
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: new RegExp(column) })).toHaveAttribute('aria-sort', 'descending'),
    );
    const desc = (await bodyRows()).map((cells) => cells[index] ?? '');
    expect(desc).toEqual([...readerOrder(before, lang)].reverse());
  });
});
