import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { url, countStore, countStoreWhen } from './helpers.mjs';
import { serveFeed } from './feedHost.mjs';
import { EMBEDDED } from './embedded.mjs';

const SOURCE = JSON.parse(readFileSync('data/activities/np-304-25.json', 'utf8'));

/** Publishes `activities` with the project's own `feed:build` into `out`. */
function publish(work, out, activities, generated) {
  const input = join(work, 'input.json');
  writeFileSync(input, JSON.stringify({ ...SOURCE, activities }));
  execFileSync(process.execPath, ['scripts/feed-build.mjs', '--in', input, '--out', out, '--generated', generated], {
    stdio: 'pipe',
  });
}

/** The first release published as a feed into a temporary folder and served on 127.0.0.1; `dispose` ends both. */
async function servedFeed() {
  const work = mkdtempSync(join(tmpdir(), 'agenda-feed-'));
  const out = join(work, 'feed');
  publish(work, out, SOURCE.activities, '2026-12-05T10:00:00.000Z');
  const host = await serveFeed(out);
  return {
    out,
    host,
    /** Publishes the team's next version of the feed in place. */
    republish: (activities, generated) => publish(work, out, activities, generated),
    dispose: async () => {
      await host.close().catch(() => undefined);
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Opens /feeds once the embedded records are stored, subscribes to the feed and waits for its first sync. */
async function subscribeFirst(page, host) {
  await page.goto(url('/feeds?lang=en'));
  assert.equal(await countStoreWhen(page, EMBEDDED.length), EMBEDDED.length); // seeded
  await page.getByLabel('Feed address').fill(host.address);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await page.getByText(/Synced: 0 new, \d+ changed/).waitFor();
}

const readTitle = (page, id) =>
  page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('agenda-exterior');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('activities').objectStore('activities').get(key);
          get.onsuccess = () => {
            resolve(get.result ? { en: get.result.title.en, origin: get.result.origin } : null);
            req.result.close();
          };
        };
      }),
    id,
  );

test('a feed on 127.0.0.1: subscribe, sync, resync only the changed chunk, refuse a corrupt chunk, keep data when unreachable', async ({
  launch,
}) => {
  const { out, host, republish, dispose } = await servedFeed();
  const chunks = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')).chunks;
  const { page, allowErrors } = await launch();
  try {
    await subscribeFirst(page, host);
    assert.equal(host.gets.length, 1 + chunks.length, 'manifest + every chunk once');
    const target = SOURCE.activities[3];
    assert.equal((await readTitle(page, target.id)).origin, `feed:${host.address}`);

    // The team corrects one record: one chunk changes.
    const revised = SOURCE.activities.map((a) =>
      a.id === target.id ? { ...a, title: { ...a.title, en: `${a.title.en} (revised)` } } : a,
    );
    republish(revised, '2026-12-06T10:00:00.000Z');
    host.gets.length = 0;
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByText('Synced: 0 new, 1 changed, 0 removed, 0 conflicts (1 files fetched).').waitFor();
    assert.equal(host.gets.length, 2, `manifest + the changed chunk only: ${host.gets.join(', ')}`);
    assert.equal((await readTitle(page, target.id)).en, `${target.title.en} (revised)`);

    // Nothing new: a 304 and no chunk.
    host.gets.length = 0;
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByText('Up to date: nothing changed since the last sync.').waitFor();
    assert.deepEqual(host.gets, ['/feed.json']);

    // A corrupt upload: the new chunk's bytes do not match the manifest.
    const before = new Set(readdirSync(join(out, 'chunks')));
    const third = revised.map((a) => (a.id === target.id ? { ...a, title: { ...a.title, en: 'Third' } } : a));
    republish(third, '2026-12-07T10:00:00.000Z');
    const fresh = readdirSync(join(out, 'chunks')).find((f) => !before.has(f));
    const file = join(out, 'chunks', fresh);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Third', 'Forged'));
    await page.getByRole('button', { name: 'Sync now' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(`The file chunks/${fresh} does not match its SHA-256`).waitFor();
    assert.equal((await readTitle(page, target.id)).en, `${target.title.en} (revised)`, 'nothing written');

    // The host gone (Playwright's setOffline does not reach the feed worker's requests): the failure is stated,
    // naming what the host must send for CORS, and the last data stay.
    await host.close();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await alert.getByText(/could not be reached, or it refuses cross-origin requests/).waitFor();
    // The feed's records are embedded records too (same ids): the store still holds the embedded set.
    assert.equal(await countStore(page), EMBEDDED.length);
    assert.match(await page.getByText(/Last synced/).textContent(), /Last synced/);
    allowErrors(/Failed to load resource|net::ERR/);
  } finally {
    await dispose();
  }
});

test('a feed change adds, changes, removes and conflicts; "keep mine" goes into my change set; unsubscribing keeps my edit; the feed worker runs under the CSP', async ({
  launch,
}) => {
  const { host, republish, dispose } = await servedFeed();
  const { page, allowErrors } = await launch();
  page.on('dialog', (d) => void d.accept());
  try {
    await subscribeFirst(page, host);

    // The feed's worker takes its policy from its script's headers: a request the CSP does not allow is refused.
    const worker = page.workers().find((w) => /feed\.worker/.test(w.url()));
    assert.ok(worker, `feed worker among ${page.workers().map((w) => w.url())}`);
    const refusal = await worker.evaluate(
      () =>
        new Promise((resolve) => {
          self.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
          fetch('http://example.invalid/feed.json').then(
            () => resolve('fetched'),
            () => setTimeout(() => resolve('failed without a CSP violation'), 1000),
          );
        }),
    );
    assert.equal(refusal, 'connect-src');
    allowErrors(/Content Security Policy/);

    // The analyst edits A in the editor, as anyone would.
    const [a, b, c] = SOURCE.activities;
    await page.goto(url(`/records/${a.id}/edit?lang=en`));
    await page.getByLabel('Title (English)').fill('A, as I wrote it');
    await page.getByRole('button', { name: 'Save record' }).click();
    await page.getByRole('heading', { level: 1, name: 'A, as I wrote it' }).waitFor();

    // The team changes A too, revises B, drops C and adds a record.
    const added = {
      ...SOURCE.activities[4],
      id: 'team-added-record',
      title: { ...SOURCE.activities[4].title, en: 'Added by the team' },
    };
    const next = [
      ...SOURCE.activities
        .filter((x) => x.id !== c.id)
        .map((x) =>
          x.id === a.id
            ? { ...x, title: { ...x.title, en: 'A, as the team wrote it' } }
            : x.id === b.id
              ? { ...x, title: { ...x.title, en: 'B revised' } }
              : x,
        ),
      added,
    ];
    republish(next, '2026-12-06T10:00:00.000Z');
    await page.goto(url('/feeds?lang=en'));
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByText(/Synced: 1 new, 1 changed, 1 removed, 1 conflicts/).waitFor();
    assert.deepEqual(await readTitle(page, a.id), { en: 'A, as I wrote it', origin: 'analyst' });
    assert.deepEqual(await readTitle(page, b.id), { en: 'B revised', origin: `feed:${host.address}` });
    assert.equal(await readTitle(page, c.id), null);
    assert.deepEqual(await readTitle(page, added.id), { en: 'Added by the team', origin: `feed:${host.address}` });

    // Keep mine: the conflict goes, and my version is what I send back to the feed's keeper.
    const conflicts = page.getByRole('region', { name: 'Conflicts (1)' });
    await conflicts.getByRole('button', { name: 'Keep mine' }).click();
    await conflicts.waitFor({ state: 'detached' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my changes since the last sync' }).click(),
    ]);
    const changeSet = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(
      changeSet.activities.map((x) => [x.id, x.title.en]),
      [[a.id, 'A, as I wrote it']],
    );

    // Unsubscribing removes the feed's records I did not edit and keeps mine.
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByText('Feed address').waitFor();
    await page.waitForFunction(async (id) => {
      const db = await new Promise((r) => {
        const q = indexedDB.open('agenda-exterior');
        q.onsuccess = () => r(q.result);
      });
      const n = await new Promise((r) => {
        const g = db.transaction('activities').objectStore('activities').get(id);
        g.onsuccess = () => r(g.result);
      });
      db.close();
      return n === undefined;
    }, added.id);
    assert.equal(await readTitle(page, b.id), null, "the feed's unedited record is removed");
    assert.deepEqual(await readTitle(page, a.id), { en: 'A, as I wrote it', origin: 'analyst' });
  } finally {
    await dispose();
  }
});

test('two tabs press "Sync now" at once: one syncs, the other is told a sync is running, and the change is fetched once', async ({
  launch,
}) => {
  const { host, republish, dispose } = await servedFeed();
  const { page: a, context } = await launch();
  try {
    await subscribeFirst(a, host);
    const b = await context.newPage();
    await b.goto(url('/feeds?lang=en'));
    await b.getByRole('button', { name: 'Sync now' }).waitFor();

    const target = SOURCE.activities[3];
    republish(
      SOURCE.activities.map((x) => (x.id === target.id ? { ...x, title: { ...x.title, en: 'Twice?' } } : x)),
      '2026-12-06T10:00:00.000Z',
    );
    host.slow.chunkDelay = 1500;
    host.gets.length = 0;
    await Promise.all([
      a.getByRole('button', { name: 'Sync now' }).click(),
      b.getByRole('button', { name: 'Sync now' }).click(),
    ]);
    const synced = 'Synced: 0 new, 1 changed, 0 removed, 0 conflicts (1 files fetched).';
    const busy = 'This feed is already syncing (in this or another tab).';
    const outcome = async (p) => {
      const said = p.getByText(synced).or(p.getByText(busy));
      await said.first().waitFor({ timeout: 30_000 });
      return (await said.first().textContent()).trim();
    };
    const results = (await Promise.all([outcome(a), outcome(b)])).sort();
    assert.deepEqual(results, [synced, busy].sort(), 'one tab synced, the other stood aside');
    assert.equal(host.gets.filter((g) => g.startsWith('/chunks/')).length, 1, `one chunk fetched: ${host.gets}`);
  } finally {
    await dispose();
  }
});
