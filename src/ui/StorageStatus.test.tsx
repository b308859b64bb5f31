import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/utils/renderApp';

// The subject is the first write, not the data set: the 19 records of the first release keep the editor light.
vi.mock('../db/embedded', () => import('../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

/** The browser's storage manager: not persistent until asked, then granted (or refused) as the test says. */
function fakeStorage(grant: boolean) {
  let persisted = false;
  const storage = {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => Promise.resolve((persisted = grant))),
    estimate: () => Promise.resolve({ usage: 2_500_000, quota: 1_000_000_000 }),
  };
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
  return storage;
}

const NOT_PERSISTENT = /Storage: not persistent — the browser may clear this site’s data/;
const PERSISTENT = 'Storage: persistent — this browser will not clear your records on its own.';

const footer = () => screen.getByRole('contentinfo');

beforeEach(() => {
  // jsdom has no storage manager of its own.
  expect('storage' in navigator).toBe(false);
});
afterEach(() => {
  delete (navigator as { storage?: unknown }).storage;
});

describe('when the analyst first edits a record', () => {
  it('then the browser is asked to keep the data, once, and the footer then says it is persistent', async () => {
    const storage = fakeStorage(true);
    const user = userEvent.setup();
    const { router } = await renderApp('/records/oas-asylum-proposal/edit?lang=en');
    await waitFor(() => expect(footer()).toHaveTextContent(NOT_PERSISTENT));
    expect(storage.persist).not.toHaveBeenCalled(); // reading the state does not ask

    await user.click(await screen.findByLabelText('Title (English)'));
    await user.paste(' (edited)');
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/records/oas-asylum-proposal'));
    await waitFor(() => expect(footer()).toHaveTextContent(PERSISTENT));
    expect(footer()).toHaveTextContent('2.5 MB used of 1 GB available.');
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('then a refusal leaves the footer saying "not persistent"', async () => {
    const storage = fakeStorage(false);
    const user = userEvent.setup();
    const { router } = await renderApp('/records/oas-asylum-proposal/edit?lang=en');
    await user.click(await screen.findByLabelText('Title (English)'));
    await user.paste(' (edited)');
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/records/oas-asylum-proposal'));
    await waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    expect(footer()).toHaveTextContent(NOT_PERSISTENT);
  });
});

describe('when the analyst first imports a file', () => {
  it('then the browser is asked to keep the data, and the footer says it is persistent', async () => {
    const storage = fakeStorage(true);
    await renderApp('/import?lang=en');
    await waitFor(() => expect(footer()).toHaveTextContent(NOT_PERSISTENT));
    const input = await screen.findByLabelText('Import file');
    await waitFor(() => expect(input).toBeEnabled());
    const name = 'lf-minimal-columns.csv';
    await userEvent.upload(
      input,
      new File([readFileSync(`tests/fixtures/import/valid/${name}`)], name, { type: 'text/csv' }),
    );
    const preview = await screen.findByRole('region', { name: `Preview of ${name}` });
    expect(storage.persist).not.toHaveBeenCalled(); // checking a file writes nothing: nothing to keep yet
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 1 record' }));
    await screen.findByText(/Imported from lf-minimal-columns.csv/);
    await waitFor(() => expect(footer()).toHaveTextContent(PERSISTENT));
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });
});
