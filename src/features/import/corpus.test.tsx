import { readFileSync } from 'node:fs';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { getDb } from '../../db/database';
import { MAX_FILE_BYTES } from '../../domain/formats/problems';
import { releaseFixture } from '../../testing/releaseFixture';

// Thirty renders of the import page: each seeds the fixed release (19 records) rather than the whole data set, whose
// size these files' checks do not depend on (they were written against that release's ids).
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const DIR = 'tests/fixtures/import/';

/** Each malformed file and what the alert must say: the file, the row or record, the id, the field, the fault. */
const CORPUS: [string, string[]][] = [
  ['truncated.json', ['truncated.json: this is not valid JSON, perhaps cut short']],
  [
    'wrong-format-tag.json',
    [
      'wrong-format-tag.json, format: the format tag is “agenda-exterior.events”; expected “agenda-exterior.activities”',
    ],
  ],
  ['wrong-version.json', ['wrong-version.json, version: version 2 is not supported; expected 1']],
  [
    'wrong-types.json',
    [
      'wrong-types.json, record 2 (activities[1]) (id fixture-record-2), countries: CL is not a list',
      'wrong-types.json, record 2 (activities[1]) (id fixture-record-2), source.paragraph: 2 is not a number',
    ],
  ],
  ['bad-date.json', ['bad-date.json, record 3 (activities[2]) (id fixture-record-3), date: 2025-13-45 is not a date']],
  [
    'unknown-country.json',
    [
      'unknown-country.json, record 1 (activities[0]) (id fixture-record-1), countries[1]: “XX” is not an ISO 3166-1 country code',
    ],
  ],
  ['unknown-theme.json', ['(id fixture-record-2), themes[1]: “space-exploration” is not a theme of the taxonomy']],
  [
    'unknown-type-and-org.json',
    [
      'type: “summit” is not an activity type of the taxonomy',
      'organizations[0]: “NATO” is not an organisation of the taxonomy',
    ],
  ],
  [
    'duplicate-ids.json',
    [
      'record 3 (activities[2]) (id fixture-record-1), id: the id fixture-record-1 is used twice in this file (also at record 1)',
    ],
  ],
  ['missing-fields.json', ['missing-fields.json, record 2 (activities[1]) (id fixture-record-2), summary: missing']],
  ['empty.json', ['empty.json: the file is empty']],
  ['not-an-object.json', ['not-an-object.json: expected an object with a list of “activities”, found [1,2,3]']],
  ['backup-as-import.json', ['backup-as-import.json: this is a backup of the whole database']],
  ['range-without-end.json', ['(id fixture-record-1), endDate: a range needs an end date']],
  [
    'hostile-id.json',
    [
      'hostile-id.json, record 1 (activities[0]) (id <img src=x onerror=alert(1)>), id: “<img src=x onerror=alert(1)>” is not a valid identifier',
    ],
  ],
  ['paragraph-not-in-release.json', ['(id fixture-record-1), source.paragraph: the release has no paragraph 12']],
  ['bad-date.csv', ['bad-date.csv, row 3 (id fixture-record-2), date: 2025-13-45 is not a date']],
  [
    'unknown-country.csv',
    ['unknown-country.csv, row 4 (id fixture-record-3), countries, item 2: “XX” is not an ISO 3166-1 country code'],
  ],
  ['missing-column.csv', ['missing-column.csv, source_paragraph: this column is missing from the header']],
  ['unknown-column.csv', ['unknown-column.csv, notes: “notes” is not a column this app knows']],
  [
    'duplicate-ids.csv',
    [
      'duplicate-ids.csv, row 4 (id fixture-record-1), id: the id fixture-record-1 is used twice in this file (also at row 2)',
    ],
  ],
  ['unclosed-quote.csv', ['unclosed-quote.csv, row 3: the CSV cannot be read: a quoted cell is never closed']],
  ['cell-count.csv', ['cell-count.csv, row 3: the row has 10 cells but the header has 18']],
  [
    'bad-places.csv',
    [
      'bad-places.csv, row 2 (id fixture-record-1), places, item 1, lat: abc is not a number',
      'places, item 2: each item needs name|country|lat|lon, separated by “|”',
    ],
  ],
  [
    'hostile-id.csv',
    ['hostile-id.csv, row 2 (id <script>alert(1)</script>), id: “<script>alert(1)</script>” is not a valid identifier'],
  ],
  ['empty.csv', ['empty.csv: the file is empty']],
  ['latin1.csv', ['latin1.csv: the file is not UTF-8 text']],
  ['binary.csv', ['binary.csv: this is not a text file (it contains binary data)']],
];

const typeOf = (name: string) => (name.endsWith('.json') ? 'application/json' : 'text/csv');

async function snapshot() {
  const db = getDb();
  return { activities: await db.activities.orderBy('id').toArray(), history: await db.history.count() };
}

async function openImport() {
  await renderApp('/import?lang=en');
  const input = await screen.findByLabelText('Import file');
  await waitFor(() => expect(input).toBeEnabled());
  await waitFor(async () => expect(await getDb().activities.count()).toBe(releaseFixture.activities.length));
  return input;
}

describe('when a malformed file is imported', () => {
  it.each(CORPUS)(
    'then %s is refused, the alert names the place, and the database is unchanged',
    async (name, says) => {
      const input = await openImport();
      const before = await snapshot();
      await userEvent.upload(input, new File([readFileSync(DIR + name)], name, { type: typeOf(name) }));
      const alert = await screen.findByRole('alert');
      for (const s of says) expect(alert).toHaveTextContent(s);
      expect(alert).toHaveTextContent('Nothing was imported');
      expect(screen.queryByRole('button', { name: /^Import \d+ record/ })).toBeNull();
      expect(await snapshot()).toEqual(before);
      expect(document.querySelector('script, img')).toBeNull();
    },
  );

  it('then a file over 500 MB is refused before it is read', async () => {
    const input = await openImport();
    const before = await snapshot();
    // Its size says 500 MB and 100 KB; reading it would find a few bytes (it is not read).
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: MAX_FILE_BYTES + 100 * 1024 });
    expect(MAX_FILE_BYTES).toBe(500 * 1024 * 1024);
    await userEvent.upload(input, huge);
    expect(await screen.findByRole('alert')).toHaveTextContent('huge.json: the file is 500.1 MB; the limit is 500 MB');
    expect(await snapshot()).toEqual(before);
  });

  it('then the messages are in Spanish when the app is', async () => {
    await renderApp('/import?lang=es');
    const input = await screen.findByLabelText('Archivo a importar');
    await waitFor(() => expect(input).toBeEnabled());
    await userEvent.upload(input, new File([readFileSync(DIR + 'bad-date.csv')], 'bad-date.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'bad-date.csv, fila 3 (id fixture-record-2), date: 2025-13-45 no es una fecha',
    );
  });
});
