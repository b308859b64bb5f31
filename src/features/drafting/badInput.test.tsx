import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { getDb } from '../../db/database';

// What is checked here does not depend on the data set's size: the app seeds the fixed release (19 records).
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

async function draft(text: string, date = '2025-12-10', lang = 'en') {
  await renderApp(`/import?lang=${lang}`);
  fireEvent.change(await screen.findByLabelText(lang === 'en' ? 'Press release text' : 'Texto de la nota de prensa'), {
    target: { value: text },
  });
  fireEvent.change(screen.getByLabelText(lang === 'en' ? 'Release date' : 'Fecha de la nota'), {
    target: { value: date },
  });
  await userEvent.click(screen.getByRole('button', { name: lang === 'en' ? 'Draft records' : 'Redactar registros' }));
  return screen.findByRole('alert');
}

const PORTUGUESE =
  'O ministro das Relações Exteriores reuniu-se hoje com o embaixador do Chile para tratar da cooperação ' +
  'fronteiriça e da agenda migratória entre os dois países, que também vão assinar um acordo no próximo mês.';

describe('when the pasted text cannot be drafted', () => {
  it.each([
    ['empty', '', 'Paste the text of a press release first: the text box is empty.'],
    ['only whitespace', ' \n\t  \n', 'Paste the text of a press release first'],
    [
      'binary junk',
      '\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000\u0008\u0000'.repeat(40),
      'This does not look like text',
    ],
    ['in Portuguese', PORTUGUESE, 'The text seems to be in Portuguese.'],
    ['without an activity', 'El clima en Lima es templado y húmedo durante gran parte del año.', 'No activity found'],
  ])('then a text %s gets a clear alert and nothing is stored', async (_, text, message) => {
    expect(await draft(text)).toHaveTextContent(message);
    expect(screen.queryByRole('article')).toBeNull();
    expect(await getDb().activities.where('origin').equals('analyst').count()).toBe(0);
    expect(await getDb().sources.where('origin').equals('analyst').count()).toBe(0);
  });

  it('then more than 2 MB is refused with its size', async () => {
    expect(await draft('El canciller se reunió hoy con su par de Chile. '.repeat(45_000))).toHaveTextContent(
      /The text is 2\.\d MB; at most 2 MB can be drafted/,
    );
  });

  it('then a text without a dateline and without a release date asks for the date, in Spanish too', async () => {
    const text = 'El canciller se reunió hoy con la canciller de Chile para revisar la agenda migratoria.';
    expect(await draft(text, '', 'es')).toHaveTextContent('Indique la fecha de la nota');
  });

  it('then HTML and script in a release are shown as text, never run or rendered', async () => {
    const text =
      '<script>window.__drafted = 1</script><b>Lima, 10 de diciembre de 2025</b>\n\n' +
      'El canciller se reunió hoy con la canciller de Chile en Lima <img src=x onerror="window.__drafted=2">.';
    await renderApp('/import?lang=en');
    fireEvent.change(await screen.findByLabelText('Press release text'), { target: { value: text } });
    await userEvent.click(screen.getByRole('button', { name: 'Draft records' }));
    const release = await screen.findByRole('region', { name: 'Release text' });
    expect(release).toHaveTextContent('<script>window.__drafted = 1</script>');
    expect(release.querySelector('script, img, b')).toBeNull();
    expect(screen.getByText(/treated and shown as plain text/)).toBeVisible();
    expect((window as { __drafted?: number }).__drafted).toBeUndefined();
  });
});
