import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';
import { DB_NAME, getDb, resetDbForTests } from '../../db/database';
import { subscribeFeed } from '../../db/feeds';
import { resetSeedingForTests } from '../../db/seed';
import { embeddedActivities } from '../../testing/embedded';
import { saveRecord } from '../../db/writes';
import { FEED_ADDRESS, fakeFeedHost } from './testing/fakeFeedHost';

let host: ReturnType<typeof fakeFeedHost>;
beforeEach(() => {
  host = fakeFeedHost();
  vi.stubGlobal('fetch', host.deps.fetch);
});
afterEach(() => vi.unstubAllGlobals());

async function subscribe(address: string) {
  await userEvent.type(await screen.findByLabelText('Feed address'), address);
  await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
}

describe('when the analyst opens the Feeds page from Import', () => {
  it('then a link leads there, and a plain-http address of another host is refused with the reason', async () => {
    await renderApp('/import?lang=en');
    await userEvent.click(await screen.findByRole('link', { name: /Team feeds/ }));
    await subscribe('http://team.example/feed.json');
    expect(await screen.findByRole('alert')).toHaveTextContent('Only https:// addresses are accepted');
    expect(await getDb().feeds.count()).toBe(0);
  });
});

describe('when the analyst subscribes to a feed', () => {
  it('then it syncs, shows the last sync, and a conflict offers take theirs / keep mine', async () => {
    await host.publish(embeddedActivities);
    await renderApp('/feeds?lang=en');
    await subscribe(FEED_ADDRESS);
    const all = embeddedActivities.length;
    expect(await screen.findByText(new RegExp(`Synced: 0 new, ${all} changed`))).toBeInTheDocument();
    expect(screen.getByText(/Last synced/)).toBeInTheDocument();

    const target = embeddedActivities[0]!;
    await saveRecord({ ...target, summary: { ...target.summary, en: 'My summary' } }, 'edit');
    await host.publish(
      embeddedActivities.map((a) => (a.id === target.id ? { ...a, title: { ...a.title, en: 'Theirs' } } : a)),
      '2026-12-06T10:00:00.000Z',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    const conflicts = await screen.findByRole('region', { name: 'Conflicts (1)' });
    // The history of both sides since the version they share: the analyst changed the summary, the feed the title.
    expect(conflicts).toHaveTextContent(/Your version, edited .+: changed summary \(en\) from the feed's version/);
    expect(conflicts).toHaveTextContent(/The feed's version, synced .+: changed title \(en\) from the feed's version/);
    await userEvent.click(within(conflicts).getByRole('button', { name: 'Take theirs' }));
    await waitFor(async () => expect((await getDb().activities.get(target.id))?.title.en).toBe('Theirs'));
  });

  it('then a corrupted chunk is refused with a message naming it', async () => {
    const feed = await host.publish(embeddedActivities);
    const path = feed.manifest.chunks[0]!.path;
    host.put(path, new TextEncoder().encode('{"format":"agenda-exterior.activities"'));
    await renderApp('/feeds?lang=en');
    await subscribe(FEED_ADDRESS);
    expect(await screen.findByRole('alert')).toHaveTextContent(`The file ${path} does not match its SHA-256`);
    expect(await getDb().activities.where('origin').equals(`feed:${FEED_ADDRESS}`).count()).toBe(0);
  });
});

describe('when the host cannot be reached or refuses cross-origin requests', () => {
  it.each([
    [
      'en',
      [
        'Access-Control-Allow-Origin',
        'Access-Control-Expose-Headers: ETag',
        'Access-Control-Allow-Headers: If-None-Match',
      ],
    ],
    [
      'es',
      [
        'Access-Control-Allow-Origin',
        'Access-Control-Expose-Headers: ETag',
        'Access-Control-Allow-Headers: If-None-Match',
      ],
    ],
  ])('then (%s) the message names every header the host must send', async (lang, headers) => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await renderApp(`/feeds?lang=${lang}`);
    await userEvent.type(
      await screen.findByLabelText(lang === 'es' ? 'Dirección del canal' : 'Feed address'),
      FEED_ADDRESS,
    );
    await userEvent.click(screen.getByRole('button', { name: lang === 'es' ? 'Suscribirse' : 'Subscribe' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(window.location.origin);
    for (const h of headers) expect(alert).toHaveTextContent(h);
  });
});

describe('when the data was deleted in another tab while the Feeds page was open', () => {
  it.each([
    {
      lang: 'en',
      sync: 'Sync now',
      banner: 'This site’s data was deleted in another tab. Reload this page.',
      refused:
        'Nothing was synced: this tab has closed the database because the app was updated, or this site’s data deleted, in another tab. Reload this page.',
    },
    {
      lang: 'es',
      sync: 'Sincronizar ahora',
      banner: 'Los datos de este sitio se borraron en otra pestaña. Recargue esta página.',
      refused:
        'No se sincronizó nada: esta pestaña cerró la base de datos porque la aplicación se actualizó, o se eliminaron los datos de este sitio, en otra pestaña. Recargue esta página.',
    },
  ])('then ($lang) "Sync now" is refused in the page’s language and the database is not recreated', async (c) => {
    await host.publish(embeddedActivities);
    await resetDbForTests();
    resetSeedingForTests();
    await subscribeFeed(FEED_ADDRESS);
    await renderApp(`/feeds?lang=${c.lang}`, { resetDb: false });
    const button = await screen.findByRole('button', { name: c.sync });
    // As clearing the site's data does: the open connection gets a versionchange and closes.
    await new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = () => resolve(null);
      req.onerror = () => reject(req.error ?? new Error('deleteDatabase failed'));
    });
    await screen.findByText(c.banner);
    host.clearLog();
    await userEvent.click(button);
    expect(await screen.findByText(c.refused)).toHaveAttribute('role', 'alert');
    expect(host.requests).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });
});
