import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/utils/renderApp';
import { dismissInterruptedImport, withPendingImport } from '../db/pendingImport';

/** What localStorage holds after a page closed while an import of `records` from `file` was being written. */
async function leftByAnImportCutOff(file: string, records: number): Promise<Record<string, string>> {
  localStorage.clear();
  await new Promise<void>((reached) => {
    void withPendingImport(file, records, () => {
      reached();
      return new Promise<never>(() => {}); // the page went before the write ended
    });
  });
  return Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? '']));
}

afterEach(() => act(() => dismissInterruptedImport()));

describe('when the last visit closed while an import was being written', () => {
  it.each([
    {
      lang: 'en',
      text: 'An import of 1,234 records from month.csv was interrupted (the page was closed or reloaded while they were being written): nothing was written. Import the file again to add them.',
      ok: 'OK',
    },
    {
      lang: 'es',
      text: 'Una importación de 1,234 registros de month.csv se interrumpió (la página se cerró o recargó mientras se escribían): no se escribió nada. Importe el archivo de nuevo para añadirlos.',
      ok: 'Entendido',
    },
  ])('then ($lang) the page says so in its language, and once read the notice goes', async (c) => {
    const storage = await leftByAnImportCutOff('month.csv', 1234);
    await renderApp(`/?lang=${c.lang}`, { storage });
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(c.text);
    await userEvent.click(screen.getByRole('button', { name: c.ok }));
    expect(screen.queryByText(c.text)).not.toBeInTheDocument();
  });

  it('then a single record is said in the singular', async () => {
    const storage = await leftByAnImportCutOff('one.json', 1);
    await renderApp('/?lang=en', { storage });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An import of 1 record from one.json was interrupted (the page was closed or reloaded while it was being written): nothing was written.',
    );
  });
});
