import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';
import type { ActivityFile } from '../../domain/activity';
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

/** Every month from `first` to `last` (YYYY-MM), by the calendar. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (
    const d = new Date(`${first}-01T00:00:00Z`);
    d.toISOString().slice(0, 7) <= last;
    d.setUTCMonth(d.getUTCMonth() + 1)
  )
    out.push(d.toISOString().slice(0, 7));
  return out;
}
const foreignActors = (records: readonly ActivityFile[]) =>
  new Set(records.flatMap((a) => a.actors.filter((x) => x.country !== 'PE').map((x) => x.name)));

/** The definition list's entries for one facet ("Named foreign counterparts"), by the text each starts with. */
function facetEntry(region: HTMLElement, facet: string, starts: string): string | null {
  const term = within(region).queryByText(facet, { selector: 'dt' });
  const dds = term?.parentElement ? [...term.parentElement.querySelectorAll('dd')] : [];
  return dds.map((d) => d.textContent.replace(/\s+/g, ' ')).find((d) => d.startsWith(starts)) ?? null;
}

describe('when filters are in the URL', () => {
  it('then the month counts only what passes them, and calls new only what the months before never named', async () => {
    await renderApp('/month/2025-12?country=CL&lang=en');
    const region = await screen.findByRole('region', { name: 'What changed' });
    const dec = counts('2025-12', 'CL');
    expect(region).toHaveTextContent(
      new RegExp(`December 2025: ${dec.certain} activit(y|ies) dated within the month\\.`),
    );
    // The oracle: Chile's records that may fall in December, and in the six months before (those the data reach).
    const chile = embeddedActivities.filter((a) => a.countries.includes('CL'));
    const first = [...embeddedActivities].map((a) => a.date.slice(0, 7)).sort()[0] ?? '2025-12';
    const before = monthsBetween(first > '2025-06' ? first : '2025-06', '2025-11');
    const now = chile.filter((a) => monthsOf(a).has('2025-12'));
    const earlier = chile.filter((a) => before.some((m) => monthsOf(a).has(m)));
    const seen = foreignActors(earlier);
    const fresh = [...foreignActors(now)].filter((n) => !seen.has(n));
    // Chile has records in November: under a Chile filter it is never new in December.
    expect(earlier.length).toBeGreaterThan(0);
    const newCountries = facetEntry(region, 'Counterpart countries', 'New, not seen in');
    expect(newCountries ?? '').not.toMatch(/Chile/);
    const newActors = facetEntry(region, 'Named foreign counterparts', 'New, not seen in');
    if (fresh.length === 0) expect(newActors).toBeNull();
    for (const name of fresh) expect(newActors).toContain(`${name} (`);
    for (const name of seen) expect(newActors ?? '').not.toContain(name);
  });
});

describe('when the same month a year earlier has no record', () => {
  it('then "What changed" says the data do not reach it, instead of a 0', async () => {
    await renderApp('/month/2025-11?lang=en');
    const region = await screen.findByRole('region', { name: 'What changed' }, { timeout: 5000 });
    const recorded = embeddedActivities.some((a) => monthsOf(a).has('2024-11'));
    if (recorded) expect(region).toHaveTextContent(/November 2024: \d+ activit/);
    else {
      expect(region).toHaveTextContent(
        'No activity is recorded for November 2024, a year earlier: the data do not reach it, so there is no comparison with it.',
      );
      expect(region).not.toHaveTextContent(/November 2024: \d/);
    }
  });
});

describe('when the reader moves between months', () => {
  it('then "Previous month" opens the month before with the same filters', async () => {
    const { router } = await renderApp('/month/2025-12?country=CL&lang=en');
    const link = await screen.findByRole('link', { name: /Previous month: November 2025/ }, { timeout: 5000 });
    expect(link).toHaveAttribute('href', '/month/2025-11?country=CL&lang=en');
    await userEvent.setup().click(link);
    expect(router.state.location.pathname).toBe('/month/2025-11');
    expect(router.state.location.search).toBe('?country=CL&lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'November 2025 in review' })).toBeInTheDocument();
  });

  it('then the month picker opens the month chosen, keeping the filters, and ignores an empty choice', async () => {
    const { router } = await renderApp('/month/2025-11?country=CL&lang=en');
    const picker = await screen.findByLabelText('Month', { selector: 'input' }, { timeout: 5000 });
    expect(picker).toHaveValue('2025-11');
    const user = userEvent.setup();
    fireEvent.change(picker, { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(router.state.location.pathname).toBe('/month/2025-11');
    fireEvent.change(picker, { target: { value: '2026-01' } });
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(router.state.location.pathname).toBe('/month/2026-01');
    expect(router.state.location.search).toBe('?country=CL&lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'January 2026 in review' })).toBeInTheDocument();
    const jan = counts('2026-01', 'CL');
    expect(screen.getByRole('region', { name: 'What changed' })).toHaveTextContent(
      new RegExp(`January 2026: ${jan.certain} activit(y|ies) dated within the month`),
    );
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
