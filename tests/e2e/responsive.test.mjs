// Phone and tablet layouts (issue 13): no route scrolls sideways, the header and the folded filter bar leave a
// phone most of its height, the Menu button and the filter drawer work, and records read as cards.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { axeViolations, seriousViolations, url } from './helpers.mjs';
import { ROUTES as APP_ROUTES } from './routes.mjs';

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
// Every route, and the page an unknown address shows.
const ROUTES = [...APP_ROUTES, '/no-such-page'];

/** The route's address with `lang` added after the route's own parameters. */
const withLang = (route, lang) => `${route}${route.includes('?') ? '&' : '?'}lang=${lang}`;

/** Opens a route and waits until its heading is there and the data have loaded. */
async function open(page, route, lang) {
  await page.goto(url(withLang(route, lang)));
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(
    () => !document.querySelector('main [role="status"]')?.textContent?.match(/Loading|Cargando|^…$/),
  );
  await page.waitForTimeout(300);
}

/** Elements sticking out to the right of the viewport, for a failure message that says where to look. */
const overflow = (page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    culprits: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.table-wrap, .chart-figure'))
      .slice(0, 4)
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`),
  }));

/** axe's serious and critical findings on the page as it is, in a line each. */
async function axeFaults(page) {
  return seriousViolations(await axeViolations(page)).map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

// Both sizes in both languages: Spanish has the longer labels, English other words that may not wrap as well. axe
// audits every route at each size in each language. Each size and language is a test of its own, and these four
// may run on both workers at once (each takes one to two minutes of axe on this machine).
test.describe('every route at each size and language', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['tablet', TABLET],
  ])
    for (const lang of ['es', 'en'])
      test(`no route scrolls sideways on a ${name} (${viewport.width}×${viewport.height}), ${lang}; axe finds no serious fault`, async ({
        launch,
      }) => {
        const b = await launch({ viewport });
        const wide = [];
        const untitled = [];
        const faults = [];
        for (const route of ROUTES) {
          await open(b.page, route, lang);
          const o = await overflow(b.page);
          if (o.scrollWidth > o.innerWidth) wide.push(`${lang} ${route}: ${o.scrollWidth}px ${o.culprits.join(' ')}`);
          // Every route but the unknown one names its page in the tab (and so was reached, not the 404 page).
          const title = await b.page.title();
          if (route !== '/no-such-page' && /^(Page not found|Página no encontrada)/.test(title))
            untitled.push(`${lang} ${route}: ${title}`);
          for (const f of await axeFaults(b.page)) faults.push(`${lang} ${route}: ${f}`);
        }
        assert.deepEqual(wide, []);
        assert.deepEqual(untitled, []);
        assert.deepEqual(faults, []);
      });
});

test('on a phone the header and the filter bar take under a fifth of the height, even with filters chosen', async ({
  launch,
}) => {
  const b = await launch({ viewport: PHONE });
  for (const query of ['', '&country=CL&theme=migration']) {
    await b.page.goto(url(`/records?lang=en${query}`));
    await b.page.getByRole('table').waitFor();
    const top = await b.page.locator('main').evaluate((m) => m.getBoundingClientRect().top);
    assert.ok(top < PHONE.height / 5, `main starts at ${top}px`);
  }
});

test('on a phone the Menu button opens the navigation, and a link in it goes to its page', async ({ launch }) => {
  const b = await launch({ viewport: PHONE });
  const { page } = b;
  await open(page, '/records', 'es');
  const nav = page.getByRole('navigation', { name: 'Principal' });
  assert.equal(await nav.getByRole('link', { name: 'Mapa' }).isVisible(), false, 'links folded away');
  const menu = page.getByRole('button', { name: 'Menú' });
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await nav.getByRole('link', { name: 'Mapa' }).click();
  await page.waitForURL(/\/map\?lang=es/);
  // The menu closes once the new page has rendered (the route's code loads first).
  await menu.and(page.locator('[aria-expanded="false"]')).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Mapa' }).isVisible(), false);
});

test('on a phone the filters open from a button that counts them, and a choice filters the cards', async ({
  launch,
}) => {
  const b = await launch({ viewport: PHONE });
  const { page } = b;
  await open(page, '/records', 'en');
  const bar = page.getByRole('region', { name: 'Filters' });
  assert.equal(await bar.locator('summary', { hasText: 'Country' }).isVisible(), false, 'filters folded away');
  const toggle = bar.getByRole('button', { name: /^Filters/ });
  await toggle.click();
  await bar.locator('summary', { hasText: 'Country' }).click();
  await bar.getByRole('checkbox', { name: /^Chile \d+$/ }).check();
  await page.keyboard.press('Escape');
  await page.waitForURL(/country=CL/);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  // The address changes first; the page draws the new filters a moment later (a transition), count included.
  await page.waitForFunction((el) => /1/.test(el?.textContent ?? ''), await toggle.elementHandle(), {
    timeout: 10_000,
  });
  // Cards: each row is as wide as the table, its title on a line of its own, not squeezed into a column.
  const rows = page.locator('table tbody tr');
  await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length > 0);
  const title = await rows.first().locator('td').nth(1).boundingBox();
  const row = await rows.first().boundingBox();
  assert.ok(title && row && title.width > row.width * 0.8, `title cell ${title?.width}px of ${row?.width}px`);
});

test('on a phone every date field shows its whole day, the two of a period side by side (/compare, es and en)', async ({
  launch,
}) => {
  const b = await launch({ viewport: PHONE });
  for (const lang of ['es', 'en']) {
    await b.page.goto(url(`/compare?lang=${lang}&from=2025-09-30&to=2025-12-31&bfrom=2026-01-01&bto=2026-01-31`));
    await b.page.getByRole('heading', { level: 1 }).waitFor();
    await b.page.locator('main .date-field input[type="text"]').nth(3).waitFor();
    const fields = await b.page.locator('main .date-field input[type="text"]').evaluateAll((inputs) =>
      inputs.map((i) => ({
        value: i.value,
        clipped: i.scrollWidth > i.clientWidth,
        top: i.getBoundingClientRect().top,
      })),
    );
    assert.equal(fields.length, 4, `${lang}: ${JSON.stringify(fields)}`);
    assert.deepEqual(
      fields.filter((f) => f.clipped).map((f) => f.value),
      [],
      `${lang}: the text of these fields is cut off`,
    );
    // From and To of each period on one row.
    assert.equal(fields[0].top, fields[1].top, `${lang}: period A's two fields are not side by side`);
    assert.equal(fields[2].top, fields[3].top, `${lang}: period B's two fields are not side by side`);
  }
});
