import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';

// A release whose activity is a pro tempore presidency about regional integration: neither is in the taxonomy,
// so both are offered as new vocabulary, one click each.
const RELEASE = [
  'Chile asumirá la presidencia pro tempore del mecanismo regional',
  'Santiago, 15 de noviembre de 2023',
  'El canciller de Chile anunció hoy que su país asumirá la presidencia pro tempore del mecanismo de integración regional sudamericano durante el próximo año.',
].join('\n\n');

describe('when the drafts use a theme or type the vocabulary lacks', () => {
  it('then each is listed with its labels and one click adds it to the vocabulary', async () => {
    await renderApp('/import?lang=en');
    fireEvent.change(await screen.findByRole('textbox', { name: 'Press release text' }), {
      target: { value: RELEASE },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Draft records' }));
    const list = await screen.findByRole('region', { name: 'Themes and types not in the vocabulary' });
    expect(within(list).getByText('Pro tempore presidency')).toBeVisible();
    expect(within(list).getByText('Regional integration')).toBeVisible();
    await userEvent.click(within(list).getByRole('button', { name: 'Add Pro tempore presidency to the vocabulary' }));
    expect(await within(list).findByText('pro-tempore-presidency is in the vocabulary.')).toBeVisible();
    expect(within(list).getByRole('button', { name: 'Add Regional integration to the vocabulary' })).toBeEnabled();
  });
});
