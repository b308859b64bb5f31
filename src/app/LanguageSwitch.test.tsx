import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/utils/renderApp';
import { readSavedLang } from '../i18n/lang';

// What is checked here does not depend on the data set's size: the app seeds the fixed release (19 records).
vi.mock('../db/embedded', () => import('../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

describe('when the analyst switches language', () => {
  it('then the UI, the record titles, <html lang> and ?lang= all follow', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?country=CL&lang=es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Registros' })).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Reunión consular y migratoria Perú–Chile en Tacna' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Principal' });
    expect(within(nav).getByRole('link', { name: 'Registros' })).toBeInTheDocument();

    const switcher = screen.getByRole('group', { name: 'Idioma' });
    expect(within(switcher).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(switcher).getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Records' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Peru–Chile consular and migration meeting in Tacna' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Reunión consular y migratoria Perú–Chile en Tacna' })).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('lang')).toBe('en');
    expect(params.get('country')).toBe('CL');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(readSavedLang()).toBe('en');
  });

  it('then navigating keeps the chosen language in the links', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?lang=en');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Español' }));
    await user.click(within(screen.getByRole('navigation', { name: 'Principal' })).getByRole('link', { name: 'Mapa' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/map'));
    expect(new URLSearchParams(router.state.location.search).get('lang')).toBe('es');
  });
});
