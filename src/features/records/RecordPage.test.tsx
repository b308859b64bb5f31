import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { getDb, resetDbForTests } from '../../db/database';
import { applyImport } from '../../db/importWrites';
import { resetSeedingForTests } from '../../db/seed';
import { releaseFixture } from '../../testing/releaseFixture';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const RELEASE_URL =
  'https://andina.pe/agencia/noticia-cancilleria-impulso-agenda-para-enfrentar-crimen-organizado-transnacional-1055101.aspx';

describe('when a record page opens', () => {
  it('then it shows the record in English with its date, type and counterpart', async () => {
    await renderApp('/records/us-secretary-of-state-meeting?lang=en');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Foreign Minister De Zela meets US Secretary of State Marco Rubio',
      }),
    ).toBeInTheDocument();
    // The filter bar lists types and countries too: look inside the page's main area only.
    const main = within(screen.getByRole('main'));
    expect(main.getByText(/^In Washington, De Zela and Rubio reaffirmed/)).toBeInTheDocument();
    expect(main.getByText('5 Dec 2025')).toBeInTheDocument();
    expect(main.getByText('Bilateral meeting')).toBeInTheDocument();
    expect(main.getByText('United States of America (US)')).toBeInTheDocument();
    expect(main.getByText(/Marco Rubio — United States Secretary of State/)).toBeInTheDocument();
  });

  it('then the provenance names the release, the paragraph, and links to the text and every other source', async () => {
    await renderApp('/records/us-secretary-of-state-meeting?lang=en');
    const provenance = await screen.findByRole('region', { name: 'Provenance' });
    expect(within(provenance).getByText('Nota de Prensa 304-25')).toBeInTheDocument();
    expect(within(provenance).getByText(/^Paragraph 3 of the release/)).toBeInTheDocument();
    expect(within(provenance).getByRole('link', { name: 'Read the release’s full text' })).toHaveAttribute(
      'href',
      RELEASE_URL,
    );
    const others = within(provenance).getAllByRole('listitem');
    // Imported here, not at the top, so a test module that mocks db/embedded gets the same records the page shows.
    const record = releaseFixture.activities.find((a) => a.id === 'us-secretary-of-state-meeting');
    expect(others).toHaveLength(record?.additionalSources.length ?? -1);
    expect(within(provenance).getByRole('link', { name: 'Latina Noticias' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/latinanoticias\.pe\//),
    );
    expect(within(provenance).getByRole('link', { name: 'RPP' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/rpp\.pe\//),
    );
  });

  it('then a record of the embedded data set with no other source says its curators found none', async () => {
    await renderApp('/records/coordination-finland?lang=en');
    const provenance = await screen.findByRole('region', { name: 'Provenance' });
    expect(within(provenance).getByText(/^Paragraph 6 of the release/)).toBeInTheDocument();
    expect(within(provenance).getByText(/No other public source was found/)).toBeInTheDocument();
    expect(within(provenance).queryByText(/No other source recorded/)).toBeNull();
  });

  it('then a quarter is shown as a quarter, in Spanish as T1 2026', async () => {
    await renderApp('/records/us-secretary-of-state-visit-to-peru?lang=es');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Visita oficial prevista del secretario de Estado Marco Rubio al Perú',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('T1 2026')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Procedencia' })).toBeInTheDocument();
    expect(screen.getByText(/^Párrafo 3 de la nota/)).toBeInTheDocument();
  });

  it('then an unknown id shows "Record not found"', async () => {
    await renderApp('/records/does-not-exist?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Record not found' })).toBeInTheDocument();
    expect(screen.getByText(/“does-not-exist”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /All records/ })).toHaveAttribute('href', '/records?lang=en');
  });
});

describe('when the record was imported from an export that says when it last changed', () => {
  it('then the page shows that time, and the history its import at the time of the import', async () => {
    await resetDbForTests();
    resetSeedingForTests();
    const record = {
      ...releaseFixture.activities.find((a) => a.id === 'coordination-finland')!,
      id: 'imported-from-a',
    };
    const changedInA = '2025-12-10T15:04:05.000Z';
    const outcome = await applyImport([record], 'from-a.json', undefined, new Map([[record.id, changedInA]]));

    await renderApp(`/records/${record.id}?lang=en`, { resetDb: false });
    await screen.findByRole('heading', { level: 1, name: record.title.en }, { timeout: 15_000 });
    const main = within(screen.getByRole('main'));
    const shown = main.getByText('Last changed').nextElementSibling as HTMLElement;
    expect(within(shown).getByText(/2025/)).toHaveAttribute('datetime', changedInA);
    const history = await screen.findByRole('region', { name: 'Correction history' });
    const imported = (await within(history).findByText('Imported from from-a.json')).closest('li')!;
    expect(imported.querySelector('time')).toHaveAttribute('datetime', outcome.at);
    expect(imported).toHaveTextContent('new record');
  });
});

describe('when an analyst imported a record that cites no other source', () => {
  /** Imports a copy of an embedded record without its other sources; the import makes it the analyst's. */
  async function importWithoutOtherSources(): Promise<string> {
    await resetDbForTests();
    resetSeedingForTests();
    const record = {
      ...releaseFixture.activities.find((a) => a.id === 'coordination-finland')!,
      id: 'analyst-no-other-source',
      additionalSources: [],
    };
    await applyImport([record], 'mine.json');
    expect((await getDb().activities.get(record.id))?.origin).toBe('analyst');
    return record.id;
  }

  it('then the page says none was recorded, not that none was found (nobody searched)', async () => {
    const id = await importWithoutOtherSources();
    await renderApp(`/records/${id}?lang=en`, { resetDb: false });
    const provenance = await screen.findByRole('region', { name: 'Provenance' }, { timeout: 15_000 });
    expect(within(provenance).getByText('No other source recorded for this activity.')).toBeInTheDocument();
    expect(within(provenance).queryByText(/No other public source was found/)).toBeNull();
  });

  it('then in Spanish too', async () => {
    const id = await importWithoutOtherSources();
    await renderApp(`/records/${id}?lang=es`, { resetDb: false });
    const provenance = await screen.findByRole('region', { name: 'Procedencia' }, { timeout: 15_000 });
    expect(within(provenance).getByText('No se registró otra fuente para esta actividad.')).toBeInTheDocument();
    expect(within(provenance).queryByText(/No se encontró otra fuente pública/)).toBeNull();
  });
});
