import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { restoreObjectUrlAfterEach } from '../../testing/objectUrl';

describe('when an analyst downloads data from the overview', () => {
  restoreObjectUrlAfterEach();

  it('then the overview offers the filtered activities as CSV, JSON and a bundle, and writes the CSV', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderApp('/?country=CL&lang=en');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Download data' }));
    expect(screen.getByRole('menuitem', { name: 'JSON' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Data bundle (.zip)' })).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const csv = await created[0]!.text();
    const lines = csv.trim().split(/\r\n/);
    // Header plus exactly the two Chile activities of the release.
    expect(lines).toHaveLength(3);
    expect(csv).toContain('tacna-consular-migration-meeting');
    expect(csv).toContain('peru-chile-migration-committee');
  });
});
