import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/utils/renderApp';

describe('when the path is unknown', () => {
  it('then "Page not found" names the path and links back to the overview', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/nope/deeper?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no page at /nope/deeper.')).toBeInTheDocument();
    // The rest of the shell is still there: navigation and language switch.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the overview' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('then it is in Spanish with ?lang=es', async () => {
    await renderApp('/nope?lang=es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeInTheDocument();
  });
});

describe('every route of the contract', () => {
  it.each(['/', '/timeline', '/map', '/themes', '/records', '/import', '/briefing'])(
    '%s renders a level-1 heading inside the layout',
    async (path) => {
      await renderApp(`${path}?lang=en`);
      expect((await screen.findAllByRole('heading', { level: 1 })).length).toBeGreaterThan(0);
      expect(screen.getByRole('main')).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Something went wrong on this page' })).toBeNull();
    },
  );
});
