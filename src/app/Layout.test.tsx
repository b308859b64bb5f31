import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { markOutdated, resetConnectionForTests } from '../db/connection';
import { renderApp } from '../../tests/utils/renderApp';

// The connection's state is the page's: the next test file in this worker starts with an open one.
afterEach(() => resetConnectionForTests());

describe('when another tab deleted the database', () => {
  it('then the reload banner opens the page, above its header and filters, and covers neither', async () => {
    await renderApp('/records?lang=en');
    await screen.findByRole('table');
    act(() => markOutdated('deleted'));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('This site’s data was deleted in another tab. Reload this page.');
    const header = screen.getByRole('banner');
    expect(banner.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(header.contains(banner) || screen.getByRole('contentinfo').contains(banner)).toBe(false);
    // In the page's flow, not laid over it.
    expect(banner).toHaveClass('connection-banner');
    expect(screen.getByRole('region', { name: 'Filters' })).toBeInTheDocument();
  });
});

describe('when the database was written by a newer build', () => {
  it('then the page explains it in place of the view, with no filter bar that has nothing to filter', async () => {
    await renderApp('/records?lang=en');
    await screen.findByRole('table');
    act(() => markOutdated('newer'));
    expect(
      await screen.findByRole('heading', {
        name: 'This data was saved by a newer version of Agenda Exterior — reload to get it',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Filters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
