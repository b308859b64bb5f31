import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations, countStore, seriousViolations, url } from './helpers.mjs';
import { EMBEDDED } from './embedded.mjs';

// Issue 10 §2–4: paste a release → Draft records (in the worker) → review → import through the file preview →
// the record is stored and its page shows the pasted paragraph. A short release written for this test.
const RELEASE = `Nota de Prensa 415-25

Canciller del Perú se reunió con su par de Chile en Lima

Lima, 10 de diciembre de 2025

El ministro de Relaciones Exteriores, Hugo de Zela, sostuvo hoy una reunión de trabajo con la canciller de Chile, en la sede de la Cancillería en Lima, para revisar la agenda de integración fronteriza y la cooperación en materia migratoria.

Ambos cancilleres acordaron convocar el próximo año una reunión del Comité de Frontera e Integración y coordinar posiciones ante la Comunidad Andina (CAN) y la Organización de Estados Americanos (OEA).`;
const FIRST_PARAGRAPH = RELEASE.split('\n\n')[3];

test('a pasted release is drafted, reviewed, imported through the preview and shown with its paragraph', async ({
  launch,
}) => {
  const b = await launch();
  const { page } = b;
  await page.goto(url('/import?lang=en'));
  await page.getByRole('textbox', { name: 'Press release text' }).fill(RELEASE);
  const date = page.getByLabel('Release date');
  assert.equal(await date.inputValue(), '10 Dec 2025'); // proposed from the dateline, in the reader's format
  await date.fill('2025-12-10');
  await page.getByRole('button', { name: 'Draft records' }).click();

  const card = page.getByRole('article', { name: /^Draft 1:/ });
  await card.waitFor();
  assert.equal(await page.getByRole('article').count(), 2);
  assert.equal(await card.getByRole('textbox', { name: /Country codes/ }).inputValue(), 'CL');

  // Focusing a field marks its evidence in the release text.
  await card.getByRole('textbox', { name: /Country codes/ }).focus();
  const text = page.getByRole('region', { name: 'Release text' });
  await text.locator('mark', { hasText: 'Chile' }).waitFor();
  const bad = seriousViolations(await axeViolations(page, '.drafting'));
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`),
    [],
  );

  // Complete what a record needs and the text does not give in English; the engine's Lima gets coordinates.
  await card.getByRole('textbox', { name: 'Title (English)' }).fill('Peru and Chile review their border agenda');
  await card.getByRole('textbox', { name: 'Summary (English)' }).fill('The two foreign ministers met in Lima.');
  await card.getByRole('textbox', { name: 'Theme ids' }).fill('migration, border-management');
  const lima = card.getByRole('group', { name: 'Place 1: Lima' });
  await lima.getByRole('textbox', { name: 'Latitude' }).fill('-12.0464');
  await lima.getByRole('textbox', { name: 'Longitude' }).fill('-77.0428');
  await card
    .getByRole('group', { name: 'Person 1: Hugo de Zela' })
    .getByRole('textbox', { name: /^Country/ })
    .fill('PE');
  await card.getByText('Ready: this draft passes the record checks.').waitFor();
  await card.getByRole('button', { name: 'Accept draft 1' }).click();
  await page
    .getByRole('article', { name: /^Draft 2:/ })
    .getByRole('button', { name: 'Drop draft 2' })
    .click();

  // The drafts file reflects the review.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export drafts (JSON)' }).click(),
  ]);
  const drafts = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(drafts.format, 'agenda-exterior.drafts');
  assert.equal(drafts.drafts.length, 1);
  assert.equal(drafts.drafts[0].title.en, 'Peru and Chile review their border agenda');

  // Nothing is stored before the preview is confirmed.
  await page.getByLabel(/Release address/).fill('https://example.org/np-415-25');
  await page.getByRole('button', { name: 'Import accepted drafts' }).click();
  const preview = page.getByRole('region', { name: 'Preview of Drafts from Nota de Prensa 415-25' });
  await preview.waitFor();
  assert.equal(await countStore(page), EMBEDDED.length);
  await preview.getByRole('button', { name: 'Import 1 record' }).click();
  await page.getByText(/Imported from Drafts from Nota de Prensa 415-25: 1 new/).waitFor();
  assert.equal(await countStore(page), EMBEDDED.length + 1);

  await page.goto(url('/records?lang=en'));
  await page.getByRole('link', { name: 'Peru and Chile review their border agenda' }).click();
  await page.getByRole('heading', { level: 1, name: 'Peru and Chile review their border agenda' }).waitFor();
  await page.getByText('Nota de Prensa 415-25').first().waitFor();
  await page.getByRole('blockquote').filter({ hasText: FIRST_PARAGRAPH }).waitFor();
});

test('a release in another language is refused with a message that names it, and nothing is stored', async ({
  launch,
}) => {
  const b = await launch();
  const { page } = b;
  await page.goto(url('/import?lang=es'));
  await page
    .getByRole('textbox', { name: 'Texto de la nota de prensa' })
    .fill(
      'O ministro das Relações Exteriores reuniu-se hoje com o embaixador do Chile para tratar da cooperação ' +
        'fronteiriça e da agenda migratória entre os dois países.',
    );
  await page.getByLabel('Fecha de la nota').fill('2025-12-10');
  await page.getByRole('button', { name: 'Redactar registros' }).click();
  await page.getByRole('alert').filter({ hasText: 'El texto parece estar en portugués' }).waitFor();
  assert.equal(await page.getByRole('article').count(), 0);
  assert.equal(await countStore(page), EMBEDDED.length);
});
