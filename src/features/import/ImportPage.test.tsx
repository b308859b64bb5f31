import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { DB_NAME, getDb } from '../../db/database';
import { toFileRecord, type ActivityFile } from '../../domain/activity';
import { embeddedActivities } from '../../testing/embedded';

const DIR = 'tests/fixtures/import/valid/';

async function upload(name: string) {
  const input = await screen.findByLabelText('Import file');
  await waitFor(() => expect(input).toBeEnabled());
  const type = name.endsWith('.json') ? 'application/json' : 'text/csv';
  await userEvent.upload(input, new File([readFileSync(DIR + name)], name, { type }));
}

const base = {
  status: 'held' as const,
  type: 'bilateral-meeting',
  countries: ['CL'],
  themes: ['migration'],
  organizations: [],
  actors: [],
  source: { id: 'test-fixtures', paragraph: 1 },
  additionalSources: [],
  places: [{ name: 'Lima', country: 'PE', lat: -12.0464, lon: -77.0428 }],
  summary: { es: 'Registro inventado para las pruebas de importación.', en: 'Made-up record for the import tests.' },
};

/** What bom-crlf-quoting.csv holds, written out by hand: quotes, commas, `;`, `|`, `\`, line breaks, a formula. */
const TRICKY: ActivityFile[] = [
  {
    ...base,
    id: 'fixture-record-1',
    date: '2025-11-14',
    datePrecision: 'day',
    title: { es: 'Reunión "técnica", en Tacna; con comas', en: 'Technical meeting, "quoted"; with semicolons' },
    summary: { es: 'Primera línea\r\nsegunda línea, con coma', en: '=1+1 looks like a formula\nand a second line' },
    places: [{ name: 'Tacna; sede | norte \\ sur', country: 'PE', lat: -18.0146, lon: -70.2536 }],
    actors: [{ name: 'Ana Pérez', role: { es: 'Cónsul; adjunta', en: 'Deputy consul' }, country: 'PE' }],
    additionalSources: [
      {
        url: 'https://example.org/a;b?x=1|2',
        publisher: 'Example, Inc.',
        date: '2025-11-15',
        supports: { es: 'Fecha', en: 'Date' },
      },
    ],
  },
  {
    ...base,
    id: 'fixture-record-2',
    date: '2025-11-10',
    datePrecision: 'range',
    endDate: '2025-12-10',
    title: { es: 'Registro de prueba 2', en: 'Test record 2' },
  },
];

async function stored(id: string) {
  const a = await getDb().activities.get(id);
  return a && toFileRecord(a);
}

describe('when a valid file is imported', () => {
  it('then a CSV with BOM, CRLF and quoted commas, line breaks and ; shows a preview, then imports exactly', async () => {
    await renderApp('/import?lang=en');
    await upload('bom-crlf-quoting.csv');
    const preview = await screen.findByRole('region', { name: 'Preview of bom-crlf-quoting.csv' });
    expect(within(preview).getByRole('status')).toHaveTextContent(
      '2 new, 0 changed, 0 unchanged. Nothing has been written yet.',
    );
    expect(preview).toHaveTextContent('test-fixtures'); // cites a release this browser does not know
    expect(await getDb().activities.count()).toBe(embeddedActivities.length);
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 2 records' }));
    expect(await screen.findByText(/Imported from bom-crlf-quoting.csv: 2 new, 0 updated, 0 unchanged/)).toBeVisible();
    expect(await stored('fixture-record-1')).toStrictEqual(TRICKY[0]);
    expect(await stored('fixture-record-2')).toStrictEqual(TRICKY[1]);
    expect((await getDb().activities.get('fixture-record-1'))?.origin).toBe('analyst');
  });

  it('then a CSV with LF line ends and no additional_sources column imports', async () => {
    await renderApp('/import?lang=en');
    await upload('lf-minimal-columns.csv');
    const preview = await screen.findByRole('region', { name: /Preview/ });
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 1 record' }));
    await screen.findByText(/Imported from lf-minimal-columns.csv/);
    expect(await stored('fixture-record-7')).toStrictEqual({
      id: 'fixture-record-7',
      date: '2025-11-01',
      datePrecision: 'month',
      type: 'technical-meeting',
      title: { es: 'Registro de prueba 7', en: 'Test record 7' },
      summary: { es: 'Resumen', en: 'Summary' },
      countries: ['CL', 'AR'],
      themes: ['migration'],
      organizations: [],
      places: [],
      actors: [],
      source: { id: 'test-fixtures', paragraph: 3 },
      status: 'planned',
      additionalSources: [],
    });
  });

  it('then an update shows the fields that change, and undo restores the values and the count', async () => {
    await renderApp('/import?lang=en');
    await upload('update-and-new.json');
    const original = embeddedActivities.find((a) => a.id === 'peru-chile-migration-committee');
    const preview = await screen.findByRole('region', { name: 'Preview of update-and-new.json' });
    expect(within(preview).getByRole('status')).toHaveTextContent('1 new, 1 changed, 0 unchanged');
    expect(preview).toHaveTextContent('Fields that change: title (es), title (en)');
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 2 records' }));
    await screen.findByText(/1 new, 1 updated, 0 unchanged/);
    expect(await getDb().activities.count()).toBe(embeddedActivities.length + 1);
    expect((await stored('peru-chile-migration-committee'))?.title.en).toBe(
      'Peru–Chile migration committee (corrected)',
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Undo last import' }));
    expect(
      await screen.findByText(/Import undone: 1 records restored to their earlier values, 1 new records removed/),
    ).toBeVisible();
    expect(await getDb().activities.count()).toBe(embeddedActivities.length);
    expect(await stored('peru-chile-migration-committee')).toStrictEqual(original);
    expect((await getDb().activities.get('peru-chile-migration-committee'))?.origin).toBe('embedded');
  });

  it('then a failed write says nothing was written and leaves the data intact', async () => {
    await renderApp('/import?lang=en');
    await upload('update-and-new.json');
    const preview = await screen.findByRole('region', { name: /Preview/ });
    const hook = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    getDb().history.hook('creating', hook);
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 2 records' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was written: the browser has no more storage space for this site.',
    );
    getDb().history.hook('creating').unsubscribe(hook);
    expect(await getDb().activities.count()).toBe(embeddedActivities.length);
    expect(await getDb().history.count()).toBe(0);
    expect((await stored('peru-chile-migration-committee'))?.title.en).not.toContain('corrected');
  });

  it('then a file dropped on the zone is read like a chosen one', async () => {
    await renderApp('/import?lang=en');
    const input = await screen.findByLabelText('Import file');
    await waitFor(() => expect(input).toBeEnabled());
    const name = 'lf-minimal-columns.csv';
    const file = new File([readFileSync(DIR + name)], name, { type: 'text/csv' });
    fireEvent.drop(input.closest('.file-drop')!, { dataTransfer: { files: [file] } });
    const preview = await screen.findByRole('region', { name: `Preview of ${name}` });
    expect(within(preview).getByRole('status')).toHaveTextContent('1 new, 0 changed, 0 unchanged');
  });

  it('then, after the data was deleted in another tab, a file is refused as a closed database, not blamed', async () => {
    await renderApp('/import?lang=en');
    const input = await screen.findByLabelText('Import file');
    await waitFor(() => expect(input).toBeEnabled());
    // As clearing the site's data does: the open connection gets a versionchange and closes.
    await new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = () => resolve(null);
      req.onerror = () => reject(req.error ?? new Error('deleteDatabase failed'));
    });
    await screen.findByText('This site’s data was deleted in another tab. Reload this page.');
    await upload('lf-minimal-columns.csv');
    expect(
      await screen.findByText(
        'Nothing was written: this tab has closed the database because the app was updated, or this site’s data deleted, in another tab. Reload this page.',
        { exact: false },
      ),
    ).toHaveAttribute('role', 'alert');
    expect(screen.queryByText(/is not valid|as it was before/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Preview/ })).not.toBeInTheDocument();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });
});
