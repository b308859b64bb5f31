import { act, render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/utils/renderApp';
import { getDb, resetDbForTests } from '../db/database';
import { resetSeedingForTests } from '../db/seed';
import { i18n } from '../i18n';
import type { ReadProgress } from '../db/readPaged';
import { withReadProgress } from '../db/readProgress';
import { QueryState } from './QueryState';

/** A read the test drives by hand: it reports what the test tells it to and ends when the test says so. */
function manualRead() {
  let report: (p: ReadProgress) => void = () => {};
  let finish: () => void = () => {};
  const done = withReadProgress(
    (onProgress) =>
      new Promise<void>((resolve) => {
        report = onProgress;
        finish = resolve;
      }),
  );
  return { report: (p: ReadProgress) => act(() => report(p)), finish: () => act(async () => (finish(), done)) };
}

const pending = () => (
  <QueryState isPending error={null}>
    <p>the view</p>
  </QueryState>
);

afterEach(async () => {
  await i18n.changeLanguage('es');
});

describe('the loading message', () => {
  it('then a large read says how many records it has read, in the reader’s language and digit grouping', async () => {
    await i18n.changeLanguage('en');
    const read = manualRead();
    render(pending());
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading…$/);
    read.report({ read: 40_000, total: 100_019 });
    expect(screen.getByRole('status')).toHaveTextContent('Loading 40,000 of 100,019 records…');
    await act(() => i18n.changeLanguage('es'));
    expect(screen.getByRole('status')).toHaveTextContent('Cargando 40,000 de 100,019 registros…');
    await read.finish();
    expect(screen.getByRole('status')).toHaveTextContent(/^Cargando…$/);
  });

  it('then a small read (the 19 embedded records) shows no count', async () => {
    await i18n.changeLanguage('en');
    const read = manualRead();
    render(pending());
    read.report({ read: 0, total: 19 });
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading…$/);
    await read.finish();
  });

  it('then once the data is there the view shows, whatever a read reports', () => {
    const read = manualRead();
    render(
      <QueryState isPending={false} error={null}>
        <p>the view</p>
      </QueryState>,
    );
    read.report({ read: 5_000, total: 50_000 });
    expect(screen.getByText('the view')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    return read.finish();
  });
});

const QUOTA = {
  en: 'There is no room left in this browser to store the app’s data for this site, so nothing could be loaded or written. Free some space (or delete other sites’ data) and reload.',
  es: 'No queda espacio en este navegador para guardar los datos de la aplicación de este sitio, así que no se pudo cargar ni escribir nada. Libere espacio (o borre datos de otros sitios) y recargue.',
} as const;
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('when a view’s data cannot be stored for lack of space', () => {
  it.each([
    ['a plain QuotaExceededError', quota()],
    ['a Dexie.AbortError wrapping one', new Dexie.AbortError(quota())],
    ['a Dexie.BulkError with one among its failures', new Dexie.BulkError('bulkPut(): 1 of 2 failed', { 0: quota() })],
  ])('then %s is said in words, in Spanish and in English', async (_, error) => {
    for (const lang of ['es', 'en'] as const) {
      await i18n.changeLanguage(lang);
      const { unmount } = render(
        <QueryState isPending={false} error={error}>
          <p>the view</p>
        </QueryState>,
      );
      expect(screen.getByRole('alert')).toHaveTextContent(QUOTA[lang]);
      expect(screen.getByRole('alert')).not.toHaveTextContent('QuotaExceededError');
      unmount();
    }
  });

  it.each(['es', 'en'] as const)(
    'then (%s) a seed that fills the disk leaves the records page saying so',
    async (lang) => {
      await resetDbForTests();
      resetSeedingForTests();
      // As a browser whose quota cannot hold the embedded records: the seed's first record write fails.
      const full = () => {
        throw new Dexie.AbortError(quota());
      };
      getDb().activities.hook('creating', full);
      try {
        await renderApp(`/records?lang=${lang}`, { resetDb: false });
        expect(await screen.findByText(QUOTA[lang])).toHaveAttribute('role', 'alert');
        expect(screen.queryByText(/QuotaExceededError/)).not.toBeInTheDocument();
      } finally {
        getDb().activities.hook('creating').unsubscribe(full);
      }
    },
  );
});
