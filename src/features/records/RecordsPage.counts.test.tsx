import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SLOW, seedChileHeavy } from '../../../tests/utils/chileHeavy';
import { renderApp } from '../../../tests/utils/renderApp';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const found = { timeout: 30_000 };

describe('when the records page counts more than a thousand activities', () => {
  beforeAll(seedChileHeavy, SLOW);

  it(
    'then the count line and the table name group digits in English',
    async () => {
      await renderApp('/records?country=CL&lang=en', { resetDb: false });
      expect(await screen.findByText('1,102 of 1,119 activities match the filters.', {}, found)).toBeVisible();
      const table = screen.getByRole('table', { name: '1,102 activities, sortable by column' });
      // Virtualised: only the rows near the viewport are drawn, not 1,102 (the header row is the +1).
      const rows = within(table).getAllByRole('row');
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.length).toBeLessThan(60);
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
