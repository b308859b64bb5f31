import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DataRouter } from 'react-router';
import { renderApp } from '../../tests/utils/renderApp';

const param = (router: DataRouter, name: string) => new URLSearchParams(router.state.location.search).get(name);

describe('when a date filter is set', () => {
  it('then the field shows it as the app writes dates in Spanish, never mm/dd/yyyy', async () => {
    await renderApp('/records?from=2025-12-09&lang=es');
    // The first render of the file loads the app's code: more than findBy's default second under load.
    const from = await screen.findByRole('textbox', { name: 'Desde' }, { timeout: 15_000 });
    expect(from).toHaveValue('9 dic. 2025');
    expect(screen.getByRole('textbox', { name: 'Hasta' })).toHaveAttribute('placeholder', 'dd/mm/aaaa');
  });

  it('then in English with the month in words, so 9 December cannot be read as 12 September', async () => {
    await renderApp('/records?from=2025-12-09&lang=en');
    expect(await screen.findByRole('textbox', { name: 'From' })).toHaveValue('9 Dec 2025');
  });
});

describe('when the analyst types a date', () => {
  it('then day-first digits reach the URL as ISO, shown back in words once the field is left', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?lang=es');
    const from = await screen.findByRole('textbox', { name: 'Desde' });
    await user.type(from, '1/12/2025');
    await waitFor(() => expect(param(router, 'from')).toBe('2025-12-01'));
    await user.tab();
    expect(from).toHaveValue('1 dic. 2025');
  });

  it('then a text that names no day is marked invalid and leaves the filter alone', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?lang=en');
    const to = await screen.findByRole('textbox', { name: 'To' });
    await user.type(to, '31/02/2025');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(param(router, 'to')).toBeNull();
  });

  it('then the arrow keys move a day, and one Tab leaves the field (one tab stop)', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?from=2025-12-31&lang=en');
    const from = await screen.findByRole('textbox', { name: 'From' });
    await user.click(from);
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(param(router, 'from')).toBe('2026-01-01'));
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveFocus();
  });
});
