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

test('a first visit draws the overview before it loads the database code, then stores the data set; a later visit reads it', async ({
  launch,
}) => {
  const b = await launch();
  // The chunk that carries Dexie (its error names are in no other chunk the page loads; the workers are not loaded).
  const dexieChunks = new Set();
  const reading = [];
  b.page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (!/\/assets\/.*\.js$/.test(path) || path.includes('.worker-')) return;
    reading.push(
      r.text().then(
        (text) => text.includes('MissingAPIError') && dexieChunks.add(path),
        () => undefined,
      ),
    );
  });
  // When the first data mark of a chart is in the document, in the page's own clock (as resource timings are).
  await b.page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const mark = document.querySelector('main figure svg rect[height]:not([height="0"]), main figure svg path[d]');
      if (!mark) return;
      window.__firstChartAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await b.page.goto(url('/?lang=en'));
  assert.equal(await countStoreWhen(b.page, EMBEDDED.length), EMBEDDED.length);
  await Promise.all(reading);
  assert.equal(dexieChunks.size, 1, [...dexieChunks].join(', '));
  const [chunk] = dexieChunks;
  const { chartAt, requestedAt } = await b.page.evaluate((name) => {
    const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === name);
    return { chartAt: window.__firstChartAt, requestedAt: entry?.startTime };
  }, chunk);
  assert.ok(typeof chartAt === 'number', 'no chart was drawn');
  assert.ok(requestedAt > chartAt, `Dexie was requested at ${requestedAt} ms, the first chart drawn at ${chartAt} ms`);

  // A later visit draws from the database.
  await b.page.reload();
  await b.page.locator('main figure svg').first().waitFor();
  assert.equal(await countStore(b.page), EMBEDDED.length);
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
