import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { getDb } from '../../db/database';
import type { Change } from '../../db/changeFeed';
import { deleteRecord, saveRecord } from '../../db/writes';
import { toFileRecord } from '../../domain/activity';

// The form and its conflicts do not depend on the size of the data set: the app seeds one release's 19 records.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const ID = 'oas-asylum-proposal';

// Each test renders the editor, types, and writes twice: on a busy two-core machine one takes over 20 s.
vi.setConfig({ testTimeout: 60_000 });

/** What another tab does: writes the record, then its announcement arrives here. */
async function otherTab(write: () => Promise<unknown>) {
  await write();
  const channel = new BroadcastChannel('agenda-exterior:changes');
  channel.postMessage({ tab: 'another-tab', tables: ['activities', 'history'], at: Date.now() } satisfies Change);
  channel.close();
}

async function openAndTypeSummary(text: string) {
  const user = userEvent.setup();
  const utils = await renderApp(`/records/${ID}/edit?lang=en`);
  // The first render loads the editor's code and seeds the database: allow for a busy, shared machine.
  const summary = await screen.findByLabelText('Summary (English)', {}, { timeout: 15_000 });
  await user.clear(summary);
  await user.click(summary);
  await user.paste(text);
  return { user, ...utils };
}

const stored = async () => (await getDb().activities.get(ID))!;

describe('when the record is saved in another tab while this form is open', () => {
  it('then the form says so before saving, keeps the typing, and the merge keeps both changes', async () => {
    const { user, router } = await openAndTypeSummary('Summary typed in tab B');
    const original = await stored();
    await otherTab(() =>
      saveRecord({ ...toFileRecord(original), title: { ...original.title, en: 'Title saved in tab A' } }, 'edit'),
    );
    expect(await screen.findByText(/changed in another tab or window since you opened this form/)).toBeVisible();
    expect(screen.getByLabelText('Summary (English)')).toHaveValue('Summary typed in tab B');

    await user.click(screen.getByRole('button', { name: 'Save record' }));
    const conflict = await screen.findByRole('alert', { name: 'Not saved: this record was changed elsewhere' });
    const table = within(conflict).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Title (English)',
      'Summary (English)',
    ]);
    expect(within(rows[0]!).getByRole('radio', { name: 'Keep the saved value of Title (English)' })).toBeChecked();
    expect(within(rows[1]!).getByRole('radio', { name: 'Keep your value of Summary (English)' })).toBeChecked();
    expect(rows[0]).toHaveTextContent('Title saved in tab A');
    // Nothing was written by the refused save.
    expect((await stored()).summary.en).toBe(original.summary.en);
    expect(await getDb().history.count()).toBe(1);

    await user.click(within(conflict).getByRole('button', { name: 'Save the merged record' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/records/${ID}`));
    const after = await stored();
    expect(after.title.en).toBe('Title saved in tab A');
    expect(after.summary.en).toBe('Summary typed in tab B');
    expect(after.title.es).toBe(original.title.es);
    expect(await getDb().history.count()).toBe(2);
  });

  it('then a field changed on both sides must be chosen, and "Save mine over theirs" keeps mine', async () => {
    const { user } = await openAndTypeSummary('Mine');
    const original = await stored();
    await otherTab(() =>
      saveRecord({ ...toFileRecord(original), summary: { ...original.summary, en: 'Theirs' } }, 'edit'),
    );
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    const conflict = await screen.findByRole('alert', { name: 'Not saved: this record was changed elsewhere' });
    expect(within(conflict).getByRole('rowheader', { name: /changed on both sides/ })).toBeVisible();
    expect(within(conflict).getByRole('button', { name: 'Save the merged record' })).toBeDisabled();
    await user.click(within(conflict).getByRole('radio', { name: 'Keep the saved value of Summary (English)' }));
    expect(within(conflict).getByRole('button', { name: 'Save the merged record' })).toBeEnabled();
    await user.click(within(conflict).getByRole('button', { name: 'Save mine over theirs' }));
    await waitFor(async () => expect((await stored()).summary.en).toBe('Mine'));
  });

  it('then "Keep theirs" reloads the form from the stored record and writes nothing', async () => {
    const { user } = await openAndTypeSummary('Mine, to be dropped');
    const original = await stored();
    await otherTab(() =>
      saveRecord({ ...toFileRecord(original), summary: { ...original.summary, en: 'Theirs' } }, 'edit'),
    );
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    const conflict = await screen.findByRole('alert', { name: 'Not saved: this record was changed elsewhere' });
    await user.click(within(conflict).getByRole('button', { name: 'Keep theirs (drop my changes)' }));
    await waitFor(() => expect(screen.getByLabelText('Summary (English)')).toHaveValue('Theirs'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await stored()).summary.en).toBe('Theirs');
    expect(await getDb().history.count()).toBe(1);
  });
});

describe('when the record is deleted in another tab while this form is open', () => {
  it('then the form stays, says so, and can store the analyst’s version again', async () => {
    const { user } = await openAndTypeSummary('Kept after a deletion');
    await otherTab(() => deleteRecord(ID));
    expect(await screen.findByText(/deleted in another tab or window since you opened this form/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    const conflict = await screen.findByRole('alert', { name: 'Not saved: this record was deleted elsewhere' });
    expect(await getDb().activities.get(ID)).toBeUndefined();
    await user.click(within(conflict).getByRole('button', { name: 'Save my version again' }));
    await waitFor(async () => expect((await getDb().activities.get(ID))?.summary.en).toBe('Kept after a deletion'));
  });
});
