import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { getDb, resetDbForTests } from '../../db/database';
import { resetSeedingForTests } from '../../db/seed';
import type { Activity } from '../../domain/activity';
import { generateActivities } from '../../domain/generate';

/**
 * Over a thousand records, so every count needs digit grouping: 1,100 synthetic records all naming Chile, plus the
 * release's 19 (two of them Chile) seeded on first run: 1,119 in all, 1,102 with Chile.
 */
async function seedChileHeavy() {
  await resetDbForTests();
  resetSeedingForTests();
  const records: Activity[] = generateActivities(1100, 3).map((a) => ({ ...a, countries: ['CL'], origin: 'analyst' }));
  await getDb().activities.bulkPut(records);
}

// Writing 1,100 records to the fake IndexedDB and reading them back takes seconds on a shared machine.
const SLOW = 60_000;
const found = { timeout: 30_000 };

describe('when the records page counts more than a thousand activities', () => {
  beforeAll(seedChileHeavy, SLOW);

  it(
    'then the count line and the table name group digits in English',
    async () => {
      await renderApp('/records?country=CL&lang=en', { resetDb: false });
      expect(await screen.findByText('1,102 of 1,119 activities match the filters.', {}, found)).toBeVisible();
      expect(screen.getByRole('table', { name: '1,102 activities, sortable by column' })).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'then in Spanish they read the Spanish way',
    async () => {
      await renderApp('/records?lang=es', { resetDb: false });
      expect(await screen.findByText('1,119 de 1,119 actividades coinciden con los filtros.', {}, found)).toBeVisible();
      expect(screen.getByRole('table', { name: '1,119 actividades, ordenables por columna' })).toBeInTheDocument();
    },
    SLOW,
  );
});
