import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n, loadNamespaces } from '../../i18n';
import { ImportProgressBar } from './ImportProgressBar';

async function show(lang: 'en' | 'es', ...args: Parameters<typeof ImportProgressBar>) {
  await loadNamespaces('import');
  await i18n.changeLanguage(lang);
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[`/import?lang=${lang}`]}>
        <ImportProgressBar {...args[0]} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('when an import is under way', () => {
  it('then a progress bar named by the phase shows how far the write has got', async () => {
    await show('en', { file: 'month.csv', progress: { phase: 'write', done: 4000, total: 10000 }, start: 'write' });
    const bar = screen.getByRole('progressbar', { name: 'Writing the records of month.csv' });
    expect(bar).toHaveAttribute('value', '4000');
    expect(bar).toHaveAttribute('max', '10000');
    expect(screen.getByText('4,000 of 10,000 records')).toBeVisible();
  });

  it('then while checking it counts the records checked, in Spanish too', async () => {
    await show('es', {
      file: 'mes.csv',
      progress: { phase: 'check', done: 10, total: 40, records: 2500 },
      start: 'read',
    });
    expect(screen.getByRole('progressbar', { name: 'Revisando los registros de mes.csv' })).toHaveAttribute(
      'value',
      '10',
    );
    expect(screen.getByText('2,500 registros revisados')).toBeVisible();
  });

  it('then before the first report the bar is indeterminate, named by the phase it starts', async () => {
    await show('en', { file: 'month.csv', progress: null, start: 'undo' });
    expect(screen.getByRole('progressbar', { name: 'Undoing the import of month.csv' })).not.toHaveAttribute('value');
  });
});
