import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { url, countStore, countStoreWhen } from './helpers.mjs';
import { EMBEDDED, SOURCES } from './embedded.mjs';

// Browser tests of the foundation (issue 2): storage, URL filters, languages and every route of CONTRACT.md.

const CHILE_TITLES = EMBEDDED.filter((a) => a.countries.includes('CL'))
  .map((a) => a.title.en)
  .sort();

/** The title links of the records table's body, in the order shown. */
async function tableTitles(page) {
  await page.getByRole('table').waitFor();
  return page.locator('table tbody tr td a').allTextContents();
}

test('first visit fills IndexedDB agenda-exterior/activities with every embedded record; a reload does not duplicate', async ({
  launch,
}) => {
  const b = await launch();
  // The embedded data set is one JSON file: asked for once on the first visit (the page head's preload and the
  // app's fetch are one request), and not at all once this browser has stored it.
  const dataRequests = [];
  b.page.on('request', (r) => {
    if (/\/assets\/embedded-[0-9a-f]+\.json$/.test(new URL(r.url()).pathname)) dataRequests.push(r.url());
  });
  await b.page.goto(url('/records?lang=en'));
  await b.page.getByRole('table').waitFor();
  assert.equal(await countStoreWhen(b.page, EMBEDDED.length), EMBEDDED.length);
  assert.equal(await countStore(b.page, 'sources'), SOURCES.length);
  assert.equal((await tableTitles(b.page)).length, EMBEDDED.length);
  assert.equal(dataRequests.length, 1, dataRequests.join(', '));
  await b.page.reload();
  await b.page.getByRole('table').waitFor();
  assert.equal(await countStore(b.page), EMBEDDED.length);
  assert.equal((await tableTitles(b.page)).length, EMBEDDED.length);
  assert.equal(dataRequests.length, 1, 'a returning visit fetched the embedded data set again');
});

test('/records?country=CL lists exactly the Chile records, and the filter survives a reload', async ({ launch }) => {
  const b = await launch();
  await b.page.goto(url('/records?country=CL&lang=en'));
  assert.deepEqual((await tableTitles(b.page)).sort(), CHILE_TITLES);
  await b.page.reload();
  assert.deepEqual((await tableTitles(b.page)).sort(), CHILE_TITLES);
});

test('?lang=es shows Spanish and ?lang=en English, whatever the browser language', async ({ launch }) => {
  const b = await launch({ locale: 'en-GB' });
  await b.page.goto(url('/records?lang=es'));
  const nav = b.page.getByRole('navigation', { name: 'Principal' });
  await nav.getByRole('link', { name: 'Registros' }).waitFor();
  await b.page.getByRole('heading', { level: 1, name: 'Registros' }).waitFor();
  assert.equal(await b.page.evaluate(() => document.documentElement.lang), 'es');
  assert.ok((await tableTitles(b.page)).includes('Reunión consular y migratoria Perú–Chile en Tacna'));

  await b.page.goto(url('/records?lang=en'));
  await b.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).waitFor();
  assert.equal(await b.page.evaluate(() => document.documentElement.lang), 'en');
  assert.ok((await tableTitles(b.page)).includes('Peru–Chile consular and migration meeting in Tacna'));
});

test('the language switch changes the UI and remembers the choice without ?lang=', async ({ launch }) => {
  const b = await launch({ locale: 'en-GB' });
  await b.page.goto(url('/records'));
  await b.page.getByRole('heading', { level: 1, name: 'Records' }).waitFor();
  await b.page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await b.page.getByRole('heading', { level: 1, name: 'Registros' }).waitFor();
  assert.match(b.page.url(), /[?&]lang=es\b/);
  await b.page.goto(url('/timeline'));
  await b.page.getByRole('navigation', { name: 'Principal' }).waitFor();
  assert.equal(await b.page.evaluate(() => document.documentElement.lang), 'es');
});

const ROUTES = [
  ['/', null],
  ['/timeline', null],
  ['/map', null],
  ['/themes', null],
  ['/records', 'Records'],
  ['/records/oas-asylum-proposal', "Foreign minister presents Peru's diplomatic-asylum proposal to the OAS"],
  ['/import', null],
  ['/vocabulary', 'Vocabulary'],
  ['/briefing', null],
  ['/nope', 'Page not found'],
];

test('every route of the contract renders a heading without console errors', async ({ launch }) => {
  const b = await launch(); // the fixture fails the test on any console or page error
  for (const [path, name] of ROUTES) {
    await b.page.goto(url(`${path}?lang=en`));
    const heading = b.page.getByRole('heading', { level: 1, ...(name ? { name } : {}) }).first();
    await heading.waitFor({ timeout: 15000 });
    assert.ok((await heading.textContent())?.trim(), `${path} has an empty heading`);
    const broken = await b.page.getByRole('heading', { name: 'Something went wrong on this page' }).count();
    assert.equal(broken, 0, `${path} fell into the error boundary`);
  }
});

test('a record page shows its provenance: paragraph, link to the release, additional sources', async ({ launch }) => {
  const b = await launch();
  await b.page.goto(url('/records/us-secretary-of-state-meeting?lang=en'));
  const provenance = b.page.getByRole('region', { name: 'Provenance' });
  await provenance.waitFor();
  await provenance.getByText('Paragraph 3 of the release').waitFor();
  const release = provenance.getByRole('link', { name: 'Read the release’s full text' });
  assert.match(await release.getAttribute('href'), /^https:\/\/andina\.pe\//);
  const record = EMBEDDED.find((r) => r.id === 'us-secretary-of-state-meeting');
  const links = provenance.locator('ul.additional-sources a');
  assert.ok(record.additionalSources.length >= 2);
  assert.deepEqual(
    await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    record.additionalSources.map((s) => s.url),
  );
});
