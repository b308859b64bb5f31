import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { embeddedActivities } from '../../testing/embedded';
import { embeddedVocabulary } from '../../domain/taxonomyData';

const bar = () => screen.getByRole('region', { name: 'Filters' });
const summary = (name: string) => within(bar()).getByText(name, { selector: 'summary' });
const isOpen = (name: string) => summary(name).closest('details')?.open ?? false;

async function openList(name: string) {
  await screen.findByRole('table');
  await userEvent.setup().click(summary(name));
  expect(isOpen(name)).toBe(true);
}

describe('when the filter lists are closed', () => {
  it('then their options are not drawn, and opening one draws its own only', async () => {
    await renderApp('/records?lang=en');
    await screen.findByRole('table');
    // Four closed lists of up to 150 options would otherwise be drawn, and redrawn, on every page.
    expect(bar().querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    await openList('Theme');
    const themes = within(bar()).getAllByRole('checkbox');
    expect(themes.length).toBeGreaterThan(0);
    expect(bar().querySelectorAll('input[type="checkbox"]')).toHaveLength(themes.length);
  });
});

describe('when a filter list is open', () => {
  it('then Escape closes it and puts focus back on its button', async () => {
    const user = userEvent.setup();
    await renderApp('/records?lang=en');
    await openList('Country');
    await user.click(within(bar()).getByRole('checkbox', { name: /^Chile/ }));
    await user.keyboard('{Escape}');
    expect(isOpen('Country')).toBe(false);
    expect(summary('Country')).toHaveFocus();
  });

  it('then a click outside closes it', async () => {
    const user = userEvent.setup();
    await renderApp('/records?lang=en');
    await openList('Theme');
    await user.click(screen.getByRole('heading', { level: 1, name: 'Records' }));
    expect(isOpen('Theme')).toBe(false);
  });

  it('then focus leaving it (Tab past its last box) closes it', async () => {
    const user = userEvent.setup();
    await renderApp('/records?lang=en');
    await openList('Type');
    const boxes = within(within(bar()).getByRole('group', { name: 'Type' })).getAllByRole('checkbox');
    boxes.at(-1)?.focus();
    await user.tab();
    expect(isOpen('Type')).toBe(false);
  });

  it('then opening another list closes it: only one is open at a time', async () => {
    const user = userEvent.setup();
    await renderApp('/records?lang=en');
    await openList('Country');
    await user.click(summary('Organisation'));
    expect(isOpen('Organisation')).toBe(true);
    expect(isOpen('Country')).toBe(false);
  });

  it('then a ticked box shows ticked at once, before the views catch up', async () => {
    const user = userEvent.setup();
    await renderApp('/records?lang=en');
    await openList('Country');
    const chile = within(bar()).getByRole('checkbox', { name: /^Chile/ });
    await user.click(chile);
    expect(chile).toBeChecked();
  });
});

describe('when one filter is active', () => {
  it("then another filter's counts are those of the records the first one lets through", async () => {
    // Expected from the data set with plain loops, so a new release does not change what the test means.
    const chile = embeddedActivities.filter((a) => a.countries.includes('CL'));
    const user = userEvent.setup();
    await renderApp('/records?country=CL&lang=en');
    await screen.findByRole('table');
    await user.click(summary('Theme'));
    const group = within(bar()).getByRole('group', { name: 'Theme' });
    for (const theme of embeddedVocabulary.themes) {
      const n = chile.filter((a) => a.themes.includes(theme.id)).length;
      expect(within(group).getByRole('checkbox', { name: `${theme.label.en} ${n}` })).toBeInTheDocument();
    }
    // The country list is not narrowed by its own choice: another country keeps its count over everything.
    await user.click(summary('Country'));
    const us = embeddedActivities.filter((a) => a.countries.includes('US')).length;
    const countries = within(bar()).getByRole('group', { name: 'Country' });
    expect(within(countries).getByRole('checkbox', { name: `United States of America ${us}` })).toBeInTheDocument();
  });

  it('then choosing a theme gives as many rows as its count said', async () => {
    const user = userEvent.setup();
    await renderApp('/records?country=CL&lang=en');
    await screen.findByRole('table');
    await user.click(summary('Theme'));
    const box = within(bar()).getByRole('checkbox', { name: /^Migration \d+$/ });
    const said = Number(/(\d+)$/.exec(box.closest('label')?.textContent ?? '')?.[1]);
    await user.click(box);
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(said + 1));
  });
});

describe('when the filters are folded into the drawer (phone)', () => {
  it('then its button says whether it is open and how many filters are active', async () => {
    const user = userEvent.setup();
    await renderApp('/records?country=CL&theme=migration&lang=en');
    const toggle = within(await screen.findByRole('region', { name: 'Filters' })).getByRole('button', {
      name: /^Filters/,
    });
    expect(toggle).toHaveAccessibleName('Filters, 2 active filters');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toHaveAttribute('data-open', 'true');
  });
});
