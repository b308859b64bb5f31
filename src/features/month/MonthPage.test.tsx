import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';
import { embeddedActivities } from '../../testing/embedded';
import { monthOracle, monthsOf } from '../../testing/monthOracle';

/** Counts from the calendar walk (src/testing/monthOracle.ts), not from the code under test. */
const counts = (month: string, country?: string) =>
  monthOracle(embeddedActivities.filter((a) => !country || a.countries.includes(country))).get(month) ?? {
    certain: 0,
    possible: 0,
  };

describe('when the month page opens on November 2025', () => {
  it('then "What changed" states the month’s count and the previous month’s, certain and possible apart', async () => {
    await renderApp('/month/2025-11?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'November 2025 in review' })).toBeInTheDocument();
    const region = await screen.findByRole('region', { name: 'What changed' }, { timeout: 5000 });
    const nov = counts('2025-11');
    const oct = counts('2025-10');
    expect(region).toHaveTextContent(
      `November 2025: ${nov.certain} activities dated within the month` +
        (nov.possible ? `, and ${nov.possible} more known only to a longer period` : ''),
    );
    expect(region).toHaveTextContent(new RegExp(`October 2025: ${oct.certain} activit(y|ies) dated within the month`));
    const diff = nov.certain - oct.certain;
    expect(region).toHaveTextContent(
      `Dated within the month: ${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(diff)} on October 2025.`,
    );
  });

  it('then the activities are listed with their precision, and the links step month by month', async () => {
    const { router } = await renderApp('/month/2025-11?lang=en');
    const list = await screen.findByRole('region', { name: 'The month’s activities' }, { timeout: 5000 });
    const nov = counts('2025-11');
    expect(within(list).getAllByRole('link')).toHaveLength(nov.certain + nov.possible);
    // Every listed record dated coarser than a day says how coarse, whether it is certain in the month or not.
    const coarse = embeddedActivities.filter((a) => monthsOf(a).has('2025-11') && a.datePrecision !== 'day').length;
    expect(within(list).queryAllByText(/\((within a period|month only|quarter only)\)/)).toHaveLength(coarse);
    await userEvent.setup().click(screen.getByRole('link', { name: /Next month: December 2025/ }));
    expect(router.state.location.pathname).toBe('/month/2025-12');
    expect(await screen.findByRole('heading', { level: 1, name: 'December 2025 in review' })).toBeInTheDocument();
    const dec = counts('2025-12');
    expect(screen.getByRole('region', { name: 'What changed' })).toHaveTextContent(
      `December 2025: ${dec.certain} activities dated within the month`,
    );
  });
});

describe('when filters are in the URL', () => {
  it('then the month counts only what passes them, and names what appeared', async () => {
    await renderApp('/month/2025-12?country=CL&lang=en');
    const region = await screen.findByRole('region', { name: 'What changed' });
    const dec = counts('2025-12', 'CL');
    expect(region).toHaveTextContent(
      new RegExp(`December 2025: ${dec.certain} activit(y|ies) dated within the month\\.`),
    );
    if (counts('2025-11', 'CL').certain + counts('2025-11', 'CL').possible === 0)
      expect(region).toHaveTextContent(/New against November 2025: Chile/);
  });
});

describe('in Spanish', () => {
  it('then the region is "Qué cambió"', async () => {
    await renderApp('/month/2025-11?lang=es');
    const region = await screen.findByRole('region', { name: 'Qué cambió' });
    expect(region).toHaveTextContent(
      `Noviembre de 2025: ${counts('2025-11').certain} actividades fechadas dentro del mes`,
    );
  });
});
