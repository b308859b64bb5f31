import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { getDb } from '../../db/database';
import { draftsFileSchema } from '../../domain/drafting';
import { restoreObjectUrlAfterEach } from '../../testing/objectUrl';
import { TEST_RELEASE } from '../../testing/pressRelease';

// What is checked here does not depend on the data set's size: the app seeds the fixed release (19 records).
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

async function draft(text: string, date?: string) {
  await renderApp('/import?lang=en');
  fireEvent.change(await screen.findByRole('textbox', { name: 'Press release text' }), { target: { value: text } });
  if (date !== undefined) fireEvent.change(screen.getByLabelText('Release date'), { target: { value: date } });
  await userEvent.click(screen.getByRole('button', { name: 'Draft records' }));
}

const card = (n: number) => screen.findByRole('article', { name: new RegExp(`^Draft ${n}:`) });
const releaseText = () => screen.getByRole('region', { name: 'Release text' });

const type = (box: HTMLElement, value: string) => fireEvent.change(box, { target: { value } });

/** Makes draft 1 a valid record: English title and summary written, themes chosen, places and people left out. */
async function completeFirst() {
  const one = await card(1);
  type(within(one).getByRole('textbox', { name: 'Title (English)' }), 'Peru and Chile review border work');
  type(within(one).getByRole('textbox', { name: 'Summary (English)' }), 'Ministers met in Lima.');
  type(within(one).getByRole('textbox', { name: 'Theme ids' }), 'migration, border-management');
  await userEvent.click(within(one).getByRole('button', { name: 'Drop Places' }));
  await userEvent.click(within(one).getByRole('button', { name: 'Drop People' }));
  return one;
}

describe('when a release is pasted and drafted', () => {
  it('then the release date comes from its dateline and each draft shows its fields with confidence', async () => {
    await draft(TEST_RELEASE);
    expect(screen.getByLabelText('Release date')).toHaveValue('10 Dec 2025');
    const one = await card(1);
    expect(within(one).getByRole('textbox', { name: 'Country codes (ISO, e.g. CL, AR)' })).toHaveValue('CL');
    expect(within(one).getByLabelText('Date (start)')).toHaveValue('10 Dec 2025');
    expect(within(one).getByRole('group', { name: /^Countries ?\(confidence \d+%\)$/ })).toBeVisible();
    expect(within(one).getByRole('group', { name: 'Person 1: Hugo de Zela' })).toBeVisible();
    expect(within(await card(2)).getByRole('textbox', { name: /Organisation ids/ })).toHaveValue('CAN, OAS');
  });

  it('then focusing a field marks its evidence in the release text, as text', async () => {
    await draft(TEST_RELEASE);
    const one = await card(1);
    expect(releaseText().querySelector('mark')).toBeNull();
    fireEvent.focus(within(one).getByRole('textbox', { name: /Country codes/ }));
    await waitFor(() =>
      expect([...releaseText().querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Chile']),
    );
    fireEvent.focus(within(await card(2)).getByRole('textbox', { name: /Organisation ids/ }));
    await waitFor(() =>
      expect([...releaseText().querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
        'Comunidad Andina',
        'CAN',
        'OEA',
      ]),
    );
  });

  it('then the release text folds away and back (a phone keeps it above the drafts), its marks kept', async () => {
    await draft(TEST_RELEASE);
    const one = await card(1);
    const fold = screen.getByRole('button', { name: 'Hide text' });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(fold);
    expect(screen.queryByRole('region', { name: 'Release text' })).toBeNull();
    const unfold = screen.getByRole('button', { name: 'Show text' });
    expect(unfold).toHaveAttribute('aria-expanded', 'false');
    fireEvent.focus(within(one).getByRole('textbox', { name: /Country codes/ }));
    await userEvent.click(unfold);
    await waitFor(() =>
      expect([...releaseText().querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Chile']),
    );
  });

  it('then the record checks say what is missing, and an edit or a drop clears it', async () => {
    await draft(TEST_RELEASE);
    const one = await card(1);
    expect(one).toHaveTextContent('Title · English: the text is empty');
    const one2 = await completeFirst();
    expect(one2).not.toHaveTextContent('Title · English');
    expect(one2).toHaveTextContent('Ready: this draft passes the record checks.');
    expect(within(one2).getByRole('button', { name: 'Restore Places' })).toBeVisible();
    expect(within(one2).getByRole('button', { name: 'Accept Title' })).toHaveAttribute('aria-pressed', 'true');
  });

  describe('and the drafts are exported', () => {
    restoreObjectUrlAfterEach();
    it('then the file is a valid drafts file with the edits and without what was dropped', async () => {
      const blobs: Blob[] = [];
      URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:drafts'));
      URL.revokeObjectURL = vi.fn();
      await draft(TEST_RELEASE);
      await completeFirst();
      await userEvent.click(within(await card(2)).getByRole('button', { name: 'Drop draft 2' }));
      await userEvent.click(screen.getByRole('button', { name: 'Export drafts (JSON)' }));
      const file = draftsFileSchema.parse(JSON.parse(await blobs[0]!.text()));
      expect(file.format).toBe('agenda-exterior.drafts');
      expect(file.release).toEqual({ date: '2025-12-10', language: 'es' });
      expect(file.mentions.countries).toEqual(expect.arrayContaining(['CL', 'PE']));
      expect(file.drafts).toHaveLength(1);
      const [d] = file.drafts;
      expect(d?.title.en).toBe('Peru and Chile review border work');
      expect(d?.confidence.title).toBe(1);
      expect(d?.places).toEqual([]);
      expect(d?.confidence.places).toBeUndefined();
      expect(d?.evidence.countries?.length).toBeGreaterThan(0);
    });
  });

  it('then accepted drafts go through the import preview, citing the pasted release, stored only on confirm', async () => {
    await draft(TEST_RELEASE);
    const one = await completeFirst();
    const importButton = screen.getByRole('button', { name: 'Import accepted drafts' });
    await waitFor(() => expect(importButton).toBeEnabled());
    await userEvent.click(importButton);
    expect(screen.getByRole('alert')).toHaveTextContent('Accept at least one draft first');
    await userEvent.click(within(one).getByRole('button', { name: 'Accept draft 1' }));
    await userEvent.click(importButton);
    expect(screen.getByRole('alert')).toHaveTextContent('Give the release’s address (URL)');
    fireEvent.change(screen.getByLabelText(/Release address/), { target: { value: 'https://example.org/np-415-25' } });
    await userEvent.click(importButton);
    const preview = await screen.findByRole('region', { name: 'Preview of Drafts from Nota de Prensa 415-25' });
    expect(await getDb().sources.where('origin').equals('analyst').count()).toBe(0);
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 1 record' }));
    await screen.findByText(/Imported from Drafts from Nota de Prensa 415-25: 1 new/);
    const stored = await getDb().activities.where('origin').equals('analyst').toArray();
    expect(stored.map((a) => [a.title.en, a.countries, a.date, a.source.paragraph])).toEqual([
      ['Peru and Chile review border work', ['CL'], '2025-12-10', 1],
    ]);
    const source = await getDb().sources.get(stored[0]!.source.id);
    expect(source?.citation).toBe('Nota de Prensa 415-25');
    expect(source?.paragraphs[0]?.text).toMatch(/^El ministro de Relaciones Exteriores, Hugo de Zela, sostuvo hoy/);
  });
});

describe('when the release date is shown or typed', () => {
  it('then the date read from the dateline is written as the app writes dates in Spanish, not mm/dd/yyyy', async () => {
    await renderApp('/import?lang=es');
    fireEvent.change(await screen.findByRole('textbox', { name: 'Texto de la nota de prensa' }), {
      target: { value: TEST_RELEASE },
    });
    expect(screen.getByRole('textbox', { name: 'Fecha de la nota' })).toHaveValue('10 dic. 2025');
  });

  it('then a day typed day-first reads back in words, and the drafts date "today" by it', async () => {
    const user = userEvent.setup();
    await renderApp('/import?lang=en');
    fireEvent.change(await screen.findByRole('textbox', { name: 'Press release text' }), {
      target: { value: 'El canciller se reunió hoy con la canciller de Chile para revisar la agenda migratoria.' },
    });
    const date = screen.getByRole('textbox', { name: 'Release date' });
    await user.type(date, '5/12/2025');
    await user.tab();
    expect(date).toHaveValue('5 Dec 2025');
    await user.click(screen.getByRole('button', { name: 'Draft records' }));
    expect(within(await card(1)).getByRole('textbox', { name: 'Date (start)' })).toHaveValue('5 Dec 2025');
  });
});
