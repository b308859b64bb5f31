import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SLOW, seedChileHeavy } from '../../../tests/utils/chileHeavy';
import { renderApp } from '../../../tests/utils/renderApp';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

/** The checkbox named by its value and the count printed next to it, once the filter bar has counted the records. */
async function optionBox(group: string, name: string) {
  const filters = await screen.findByRole('region', { name: /^(Filters|Filtros)$/ }, { timeout: 30_000 });
  await userEvent.setup().click(within(filters).getByText(group, { selector: 'summary' }));
  return within(within(filters).getByRole('group', { name: group })).findByRole(
    'checkbox',
    { name },
    { timeout: 30_000 },
  );
}

// The filter bar is the same on every page: it is read on the map, which draws 1,119 records far faster in jsdom
// than the records table does.
describe('when a filter value counts more than a thousand activities', () => {
  beforeAll(seedChileHeavy, SLOW);

  it(
    'then the number next to its checkbox groups digits in English',
    async () => {
      await renderApp('/map?lang=en', { resetDb: false });
      expect(await optionBox('Country', 'Chile 1,102')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'then in Spanish too',
    async () => {
      await renderApp('/map?lang=es', { resetDb: false });
      expect(await optionBox('País', 'Chile 1,102')).toBeInTheDocument();
    },
    SLOW,
  );
});
