import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { getDb } from '../../db/database';

// The record edited below is one of the fixed release's 19 (migration and border-management themes).
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const ID = 'peru-chile-migration-committee';
const slow = { timeout: 15_000 };

async function editThemesWithReason(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByLabelText('Title (English)', {}, slow);
  await user.click(screen.getByRole('checkbox', { name: 'Consular services' }));
  await user.click(screen.getByLabelText(/^Reason for the change/));
  await user.paste('The release mentions consulates');
  await user.click(screen.getByRole('button', { name: 'Save record' }));
}

// Three renders with writes each, on a shared machine.
vi.setConfig({ testTimeout: 60_000 });

describe('when an analyst reads a record’s history', () => {
  it('then an edit is told in words: what, which field, the reason, and values as names', async () => {
    const user = userEvent.setup();
    await renderApp(`/records/${ID}/edit?lang=en`);
    await editThemesWithReason(user);
    const history = await screen.findByRole('region', { name: 'Correction history' }, slow);
    await within(history).findByText('Edited');
    expect(history).toHaveTextContent('Changed: themes');
    expect(history).toHaveTextContent('Reason: The release mentions consulates');
    await user.click(within(history).getByText('Values before and after'));
    const row = within(history).getByRole('row', { name: /^themes/ });
    expect(row).toHaveTextContent('Migration; Border management; Consular services');
    expect(row).not.toHaveTextContent('consular-services');
    expect((await getDb().history.toArray()).map((h) => h.reason)).toEqual(['The release mentions consulates']);
  });

  it('then "Revert to this version" asks first, then restores the version and records the revert', async () => {
    const user = userEvent.setup();
    await renderApp(`/records/${ID}/edit?lang=es`);
    // The Spanish form: the same fields, found by their Spanish names.
    await user.click(await screen.findByRole('checkbox', { name: 'Servicios consulares' }, slow));
    await user.click(screen.getByRole('button', { name: 'Guardar registro' }));
    const history = await screen.findByRole('region', { name: 'Historial de correcciones' }, slow);
    await within(history).findByText('Editado');
    await user.click(within(history).getByRole('button', { name: 'Revertir a esta versión' }));
    const confirm = within(history).getByRole('group', { name: /^¿Devolver este registro a como se cargó/ });
    // Nothing is written until the analyst confirms.
    expect(await getDb().history.count()).toBe(1);
    await user.click(within(confirm).getByLabelText('Motivo (opcional)'));
    await user.paste('Error mío');
    await user.click(within(confirm).getByRole('button', { name: 'Revertir' }));
    await within(history).findByText('Revertido a la versión cargada al inicio', {}, slow);
    expect(history).toHaveTextContent('Motivo: Error mío');
    const stored = await getDb().activities.get(ID);
    expect(stored?.themes).toEqual(['migration', 'border-management']);
    const rows = await getDb().history.orderBy('seq').toArray();
    expect(rows.map((r) => [r.kind, r.reason])).toEqual([
      ['edit', undefined],
      ['revert', 'Error mío'],
    ]);
  });

  it('then cancelling the confirmation writes nothing', async () => {
    const user = userEvent.setup();
    await renderApp(`/records/${ID}/edit?lang=en`);
    await editThemesWithReason(user);
    const history = await screen.findByRole('region', { name: 'Correction history' }, slow);
    await user.click(await within(history).findByRole('button', { name: 'Revert to this version' }));
    expect(within(history).getByRole('group', { name: /^Put this record back as it was first loaded/ })).toBeVisible();
    await user.click(within(history).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(within(history).queryByRole('group', { name: /^Put this record back/ })).not.toBeInTheDocument(),
    );
    expect(await getDb().history.count()).toBe(1);
    expect((await getDb().activities.get(ID))?.themes).toContain('consular-services');
  });
});
