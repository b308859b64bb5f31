import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFigure } from '../ChartFigure';
import { i18n } from '../../i18n';
import { resetDbForTests } from '../../db/database';
import { resetSeedingForTests } from '../../db/seed';
import { restoreObjectUrlAfterEach } from '../../testing/objectUrl';

const data = {
  columns: [
    { key: 'theme', label: 'Theme' },
    { key: 'n', label: 'Activities' },
  ],
  rows: [
    { theme: 'Migration', n: 2 },
    { theme: '=cmd', n: 1 },
  ],
};

function renderFigure() {
  return render(
    <ChartFigure chartId="themes-by-theme" title="Activities by theme" caption="Two themes." data={data}>
      <svg width="200" height="100" viewBox="0 0 200 100">
        <rect width="50" height="40" fill="#0072B2" />
      </svg>
    </ChartFigure>,
  );
}

describe('the Export menu of a chart figure', () => {
  beforeEach(async () => {
    await resetDbForTests();
    resetSeedingForTests();
    await i18n.changeLanguage('en');
  });
  restoreObjectUrlAfterEach();

  it('is a menu button offering PNG, print quality, SVG and CSV', async () => {
    const user = userEvent.setup();
    renderFigure();
    const figure = screen.getByRole('figure', { name: 'Activities by theme' });
    const button = screen.getByRole('button', { name: 'Export' });
    expect(figure).toContainElement(button);
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem').map((m) => m.textContent);
    expect(items).toEqual(['PNG', 'Print quality (3×)', 'SVG', 'CSV']);
    expect(screen.getByRole('menuitem', { name: 'PNG' })).toHaveFocus();
  });

  it('moves with the arrow keys, and Escape closes it and returns focus to the button', async () => {
    const user = userEvent.setup();
    renderFigure();
    const button = screen.getByRole('button', { name: 'Export' });
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'PNG' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'SVG' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'PNG' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('downloads the chart’s rows as CSV under a file name saying what it is', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderFigure();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV' }));
    await waitFor(() => expect(names).toHaveLength(1));
    expect(names[0]).toMatch(/^themes-by-theme_all_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await blobs[0]!.text()).toBe('Theme,Activities\r\nMigration,2\r\n"\'=cmd",1\r\n');
    // Announced politely without the role "status", which the views keep for their loading messages.
    expect(await screen.findByText(`Downloaded ${names[0]}`)).toHaveAttribute('aria-live', 'polite');
  });

  it('has no "Add to briefing" outside the app (no query client)', () => {
    renderFigure();
    expect(screen.queryByRole('button', { name: 'Add to briefing' })).not.toBeInTheDocument();
  });
});
