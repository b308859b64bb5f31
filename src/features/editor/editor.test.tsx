import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { getDb } from '../../db/database';
import { embeddedActivities } from '../../testing/embedded';

describe('when an analyst edits a record', () => {
  it('then the change is saved as analyst data and shows in the record’s history', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records/peru-chile-migration-committee/edit?lang=en');
    const title = await screen.findByLabelText('Title (English)');
    await user.clear(title);
    await user.click(title);
    await user.paste('Peru–Chile committee, corrected by an analyst');
    await user.click(screen.getByRole('checkbox', { name: 'Consular services' }));
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/records/peru-chile-migration-committee'));
    const history = await screen.findByRole('region', { name: 'Correction history' });
    await within(history).findByText('Edited');
    expect(history).toHaveTextContent('Changed: title (en), themes');
    const stored = await getDb().activities.get('peru-chile-migration-committee');
    expect(stored?.origin).toBe('analyst');
    expect(stored?.title.en).toBe('Peru–Chile committee, corrected by an analyst');
    expect(stored?.themes).toEqual(['migration', 'border-management', 'consular-services']);
    expect((await getDb().history.toArray()).map((h) => h.kind)).toEqual(['edit']);
  });

  it('then an invalid form lists every problem with the import’s wording and saves nothing', async () => {
    const user = userEvent.setup();
    await renderApp('/records/new?lang=en');
    await user.type(await screen.findByLabelText('Title (English)'), 'A test record');
    await user.click(screen.getByRole('button', { name: 'Add a place' }));
    await user.type(screen.getByLabelText('Latitude'), '-12,05');
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('problems: the record was not saved.');
    expect(alert).toHaveTextContent('Date (start): missing');
    expect(alert).toHaveTextContent('Activity type: missing');
    expect(alert).toHaveTextContent('Title (Spanish): the text is empty');
    expect(alert).toHaveTextContent('Place 1, Latitude: -12,05 is not a number');
    expect(screen.getByLabelText('Title (Spanish)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Identifier')).toHaveValue('a-test-record');
    expect(await getDb().activities.count()).toBe(embeddedActivities.length);
    expect(await getDb().history.count()).toBe(0);
  });

  it('then a new record with a hostile title is created and shown as text', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records/new?lang=en');
    const hostile = '<script>alert(1)</script>';
    await user.type(await screen.findByLabelText('Title (English)'), hostile);
    await user.type(screen.getByLabelText('Title (Spanish)'), hostile);
    await user.type(screen.getByLabelText('Summary (English)'), 'Summary');
    await user.type(screen.getByLabelText('Summary (Spanish)'), 'Resumen');
    await user.clear(screen.getByLabelText('Identifier'));
    await user.type(screen.getByLabelText('Identifier'), 'hostile-title-test');
    await user.type(screen.getByLabelText('Date (start)'), '2025-12-01');
    await user.selectOptions(screen.getByLabelText('Activity type'), 'technical-meeting');
    await user.clear(screen.getByLabelText('Source release'));
    await user.type(screen.getByLabelText('Source release'), 'np-304-25');
    await user.type(screen.getByLabelText('Paragraph number'), '5');
    await user.selectOptions(screen.getByLabelText('Counterpart countries'), 'CL');
    await user.click(screen.getByRole('button', { name: 'Add country' }));
    await user.click(screen.getByRole('button', { name: 'Save record' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/records/hostile-title-test'));
    expect(await screen.findByRole('heading', { level: 1, name: hostile })).toBeVisible();
    expect(document.querySelector('main script')).toBeNull();
    const history = await screen.findByRole('region', { name: 'Correction history' });
    await within(history).findByText('Created');
    const stored = await getDb().activities.get('hostile-title-test');
    expect(stored).toMatchObject({ origin: 'analyst', countries: ['CL'], source: { id: 'np-304-25', paragraph: 5 } });
  });
});

describe('when the editor is read by its headings', () => {
  it('then no level is skipped: the lists of places, actors and sources are sections of the page', async () => {
    await renderApp('/records/new?lang=en');
    await screen.findByRole('heading', { level: 2, name: 'Places' }, { timeout: 15_000 });
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]!).toBeLessThanOrEqual(1));
  });
});

describe('when the editor shows a date', () => {
  it('then it is written as the app writes dates in Spanish ("9 dic. 2025"), not as the browser’s mm/dd/yyyy', async () => {
    await renderApp('/records/tacna-consular-migration-meeting/edit?lang=es');
    const date = await screen.findByRole('textbox', { name: 'Fecha (inicio)' }, { timeout: 15_000 });
    expect(date).toHaveValue('9 dic. 2025');
  });

  it('then a period’s start and end read in English with the month in words', async () => {
    await renderApp('/records/coordination-finland/edit?lang=en');
    expect(await screen.findByRole('textbox', { name: 'Date (start)' })).toHaveValue('10 Nov 2025');
    expect(screen.getByRole('textbox', { name: 'End date' })).toHaveValue('10 Dec 2025');
  });

  it('then a day typed day-first is shown back in words once the field is left', async () => {
    const user = userEvent.setup();
    await renderApp('/records/new?lang=es');
    const date = await screen.findByRole('textbox', { name: 'Fecha (inicio)' });
    await user.type(date, '9/12/2025');
    await user.tab();
    expect(date).toHaveValue('9 dic. 2025');
  });
});
