import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { url, countStore } from './helpers.mjs';
import { EMBEDDED } from './embedded.mjs';

// Issue 10 §1: the analyst adds an organisation on /vocabulary, imports a record that uses it and cites a
// release the file carries, then finds it through the filters and reads the release's paragraph on its page.

const RELEASE = {
  id: 'np-312-25',
  issuer: { es: 'Ministerio de Relaciones Exteriores del Perú', en: 'Ministry of Foreign Affairs of Peru' },
  citation: 'Nota de Prensa 312-25',
  title: 'Comunicado de prueba para el vocabulario',
  date: '2025-12-15',
  language: 'es',
  url: 'https://example.org/np-312-25',
  paragraphs: [{ number: 1, text: 'Primer párrafo de la nota pegada por el analista, con sus palabras exactas.' }],
};

const RECORD = {
  id: 'andean-parliament-session',
  date: '2025-12-15',
  datePrecision: 'day',
  status: 'held',
  type: 'technical-meeting',
  title: { es: 'Sesión de prueba con el Parlamento Andino', en: 'Test session with the Andean Parliament' },
  summary: { es: 'Registro de prueba que usa un organismo agregado.', en: 'Test record using an added body.' },
  countries: ['BO'],
  themes: ['multilateral-representation'],
  organizations: ['ANDEAN-PARLIAMENT'],
  places: [],
  actors: [],
  source: { id: 'np-312-25', paragraph: 1 },
  additionalSources: [],
};

const file = (body) => ({
  name: 'andean.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'agenda-exterior.activities', version: 1, ...body })),
});

test('an organisation added on /vocabulary is used by an imported record and found through the filters', async ({
  launch,
}) => {
  const b = await launch();
  const { page } = b;
  await page.goto(url('/import?lang=en'));
  await page.getByRole('link', { name: 'Add it to the vocabulary' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vocabulary' }).waitFor();
  const form = page.getByRole('form', { name: 'Add an entry' });
  await form.getByRole('textbox', { name: 'Id' }).fill('ANDEAN-PARLIAMENT');
  await form.getByRole('textbox', { name: 'Name in Spanish' }).fill('Parlamento Andino');
  await form.getByRole('textbox', { name: 'Name in English' }).fill('Andean Parliament');
  await form.getByRole('textbox', { name: 'Acronym in Spanish' }).fill('PA');
  await form.getByRole('textbox', { name: 'Acronym in English' }).fill('AP');
  await form.getByRole('button', { name: 'Add to the vocabulary' }).click();
  await page.getByRole('status').filter({ hasText: 'Organisation ANDEAN-PARLIAMENT added.' }).waitFor();
  assert.equal(await countStore(page, 'vocabulary'), 1);

  // The same id again is refused, with the reason.
  await form.getByRole('textbox', { name: 'Id' }).fill('ANDEAN-PARLIAMENT');
  await form.getByRole('button', { name: 'Add to the vocabulary' }).click();
  await page.getByRole('alert').filter({ hasText: '“ANDEAN-PARLIAMENT” is already in the vocabulary' }).waitFor();

  // A record using it imports; the file carries the release it cites (with its pasted text).
  await page.getByRole('link', { name: 'Back to Import' }).click();
  const input = page.getByLabel('Import file', { exact: true });
  await page.waitForFunction(() => document.querySelector('input[type=file]')?.disabled === false);
  await input.setInputFiles(file({ activities: [RECORD], sources: [RELEASE] }));
  await page.getByRole('button', { name: 'Import 1 record' }).click();
  await page.getByText(/Imported from andean.json: 1 new/).waitFor();
  assert.equal(await countStore(page), EMBEDDED.length + 1);

  // The filter bar offers it, and filtering by it keeps just that record.
  await page.goto(url('/records?lang=en'));
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.locator('summary', { hasText: 'Organisation' }).click();
  await filters.getByRole('group', { name: 'Organisation' }).getByRole('checkbox', { name: /^AP\b/ }).check();
  await page.waitForURL(/org=ANDEAN-PARLIAMENT/);
  // Close the list, as an analyst does before reaching for the table: open, it lies over the first rows.
  await page.keyboard.press('Escape');
  await filters.getByRole('group', { name: 'Organisation' }).waitFor({ state: 'hidden' });
  const rows = page.locator('table tbody tr');
  await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
  assert.equal(await rows.count(), 1);
  await rows.getByRole('link', { name: 'Test session with the Andean Parliament' }).click();

  // Its page names the body and shows the release's exact paragraph, not "not in this browser's source list".
  await page.getByRole('heading', { level: 1, name: 'Test session with the Andean Parliament' }).waitFor();
  await page.getByText('Nota de Prensa 312-25', { exact: false }).first().waitFor();
  await page.getByText(RELEASE.paragraphs[0].text).waitFor();
  assert.equal(await page.getByText(/not in this browser’s source list/).count(), 0);
  assert.ok((await page.locator('main').textContent()).includes('AP'));
});

test('a record using an organisation nobody added is refused on import, naming the field', async ({ launch }) => {
  const b = await launch();
  const { page } = b;
  await page.goto(url('/import?lang=en'));
  await page.waitForFunction(() => document.querySelector('input[type=file]')?.disabled === false);
  await page.getByLabel('Import file', { exact: true }).setInputFiles(file({ activities: [RECORD] }));
  const alert = page.getByRole('alert');
  await alert.filter({ hasText: 'ANDEAN-PARLIAMENT' }).waitFor();
  assert.equal(await countStore(page), EMBEDDED.length);
});
