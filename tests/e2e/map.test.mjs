import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { axeViolations, seriousViolations, url } from './helpers.mjs';
import { EMBEDDED, HEADQUARTERED, activitiesText, countWhere } from './embedded.mjs';

const WORLD = 'Counterpart countries, places and international bodies';

/**
 * A screen point inside a country's shape where that shape, not a neighbour drawn over it, gets the click: thin
 * countries such as Chile have a bounding-box centre that lies in Argentina.
 */
async function pointInside(page, locator) {
  const pt = await locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    for (let i = 1; i < 40; i++)
      for (let j = 1; j < 40; j++) {
        const x = box.left + (box.width * i) / 40;
        const y = box.top + (box.height * j) / 40;
        if (document.elementFromPoint(x, y) === el) return { x, y };
      }
    return null;
  });
  assert.ok(pt, 'no clickable point inside the shape');
  return pt;
}

/**
 * The name of every place the map draws, found the way a reader finds it: a place drawn alone names itself in the
 * tooltip when hovered; a cluster, opened by a click, lists its places. `lang` picks the cluster's words.
 */
async function reachablePlaces(page, figure, lang) {
  const names = [];
  const tip = figure.locator('.map-tooltip');
  const dots = figure.locator('svg circle.map-place');
  for (let i = 0; i < (await dots.count()); i++) {
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'detached' });
    await dots.nth(i).hover();
    names.push(await tip.locator('strong').textContent());
  }
  await page.mouse.move(0, 0);
  const word = lang === 'es' ? 'lugares' : 'places';
  const clusters = figure.getByRole('button', { name: new RegExp(`^\\d+ ${word}: `) });
  for (let i = 0; i < (await clusters.count()); i++) {
    const cluster = clusters.nth(i);
    const n = Number(/^(\d+)/.exec(await cluster.getAttribute('aria-label'))[1]);
    await cluster.click();
    const list = figure.getByRole('dialog', { name: `${n} ${word}` });
    const items = list.locator('li button > span:first-child');
    assert.equal(await items.count(), n, `the cluster of ${n} lists ${n} places`);
    names.push(...(await items.allTextContents()));
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    assert.equal(await cluster.evaluate((el) => el === document.activeElement), true, 'Escape returns to the cluster');
  }
  // Leave no focus tooltip behind for the next step of the test.
  await page.evaluate(() => document.activeElement?.blur());
  await tip.waitFor({ state: 'detached' });
  return names.sort();
}

/** The places the page's table lists (the map's accessible alternative): what the map must make reachable. */
async function tablePlaces(page, caption, placeKind) {
  const rows = page.getByRole('table', { name: caption }).locator('tbody tr');
  const names = [];
  for (const row of await rows.all())
    if ((await row.locator('td').first().textContent()) === placeKind)
      names.push(await row.getByRole('rowheader').textContent());
  return names.sort();
}

test('/map draws countries, Peru, places and bodies; hover shows a tooltip; clicking Chile filters every view', async ({
  launch,
}) => {
  // Expectations from the data: distinct counterparts, place spots (to 2 decimals, as the map pools them) and bodies.
  const countries = new Set(EMBEDDED.flatMap((a) => a.countries));
  const spots = new Set(EMBEDDED.flatMap((a) => a.places.map((p) => `${p.lat.toFixed(2)},${p.lon.toFixed(2)}`)));
  const bodies = new Set(EMBEDDED.flatMap((a) => a.organizations).filter((o) => HEADQUARTERED.has(o)));
  const chileRecords = EMBEDDED.filter((a) => a.countries.includes('CL'));
  const us = activitiesText(countWhere((a) => a.countries.includes('US')));
  const chile = activitiesText(chileRecords.length);
  const inAll = new Set(chileRecords.flatMap((a) => a.countries)).size;
  const b = await launch();
  await b.page.goto(url('/map?lang=en'));
  const world = b.page.getByRole('figure', { name: WORLD });
  const svg = world.locator('svg').first();
  await svg.locator('path[role="button"]').first().waitFor();
  assert.ok((await svg.locator('path').count()) > 150, 'every country of the atlas is drawn');
  // Counterparts the atlas has no shape for (Hong Kong, Singapore, the Holy See at 1:110m) are named in the
  // figure's note and listed in the table; every other counterpart is a button on the map.
  const figureText = (await world.textContent()) ?? '';
  const small = /Too small to draw at this scale, listed in the table: ([^.]+)\./.exec(figureText)?.[1];
  const notDrawn = small ? small.split(/, | and /) : [];
  assert.equal(
    await svg.locator('path[role="button"]').count(),
    countries.size - notDrawn.length,
    `each counterpart country is a button, except those too small to draw: ${notDrawn.join(', ')}`,
  );
  assert.ok(notDrawn.length <= 5, `few counterparts left off the map: ${notDrawn.join(', ')}`);
  // Every place is reachable: a dot of its own, or inside a cluster that opens. Dots that would overlap are one
  // cluster (Lima, Callao and Chancay are a pixel apart at this size), so there are fewer markers than places.
  const listed = await tablePlaces(b.page, 'Places and international bodies on the map', 'Place');
  assert.equal(listed.length, spots.size, 'the table lists a row per place');
  assert.deepEqual(await reachablePlaces(b.page, world, 'en'), listed, 'every place is reachable on the map');
  const markers = (await svg.locator('circle.map-place').count()) + (await svg.locator('.map-cluster').count());
  assert.ok(markers < spots.size, `${markers} markers for ${spots.size} places: the blob over Peru is grouped`);
  // The international bodies are listed under the map, each a button, below every country's shape.
  const bodyList = world.getByRole('group', { name: 'International bodies (headquarters)' });
  assert.equal(await bodyList.getByRole('button').count(), bodies.size, 'a button per international body');
  const [landBottom, bodiesTop] = await svg.evaluate((el) => {
    const bottom = (sel) => Math.max(...[...el.querySelectorAll(sel)].map((p) => p.getBoundingClientRect().bottom));
    const top = Math.min(...[...el.querySelectorAll('.map-org')].map((p) => p.getBoundingClientRect().top));
    return [bottom('path.map-country, g[aria-hidden="true"] > path'), top];
  });
  assert.ok(bodiesTop > landBottom, `bodies from ${bodiesTop} px, land down to ${landBottom} px`);
  assert.match(await svg.textContent(), /Peru · home/);
  await b.page
    .getByRole('figure', { name: 'Closer view: South America' })
    .locator('path[role="button"]')
    .first()
    .waitFor();

  const usButton = world.getByRole('button', { name: `United States of America: ${us}` });
  const usPoint = await pointInside(b.page, usButton);
  await b.page.mouse.move(usPoint.x, usPoint.y);
  const tooltip = world.locator('.map-tooltip');
  await tooltip.waitFor();
  assert.match(await tooltip.textContent(), new RegExp(`United States of America${us}Click to show only this country`));

  const chileButton = world.getByRole('button', { name: `Chile: ${chile}` });
  const chilePoint = await pointInside(b.page, chileButton);
  await b.page.mouse.click(chilePoint.x, chilePoint.y);
  await b.page.waitForURL(/[?&]country=CL(&|$)/);
  // The URL changes before React commits the filtered map (a transition): wait for the pressed state.
  await world.getByRole('button', { name: `Chile: ${chile}`, pressed: true }).waitFor();
  assert.equal(await chileButton.getAttribute('aria-pressed'), 'true');
  assert.match(
    await world.locator('figcaption').textContent(),
    new RegExp(`^Chile leads with ${chile}; ${inAll} counterpart ${inAll === 1 ? 'country' : 'countries'} in all\\.`),
  );

  // The other views agree: the records table lists exactly the two Chile records.
  await b.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
  await b.page.waitForURL(/\/records\?.*country=CL/);
  await b.page.getByRole('heading', { level: 1, name: 'Records' }).waitFor();
  const table = b.page.getByRole('table');
  await table.waitFor();
  const links = await table
    .locator('tbody a[href^="/records/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href').split('?')[0]).sort());
  assert.deepEqual(links, chileRecords.map((a) => `/records/${a.id}`).sort());
});

test('the atlas is loaded only by the map route', async ({ launch }) => {
  const b = await launch();
  const requested = [];
  b.page.on('request', (r) => requested.push(r.url()));
  await b.page.goto(url('/records?lang=en'));
  await b.page.getByRole('table').waitFor();
  assert.equal(requested.filter((u) => /countries-(110|50)m/.test(u)).length, 0, 'no atlas outside /map');
  await b.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
  await b.page.getByRole('figure', { name: WORLD }).locator('path[role="button"]').first().waitFor();
  assert.ok(
    requested.some((u) => /countries-110m/.test(u)),
    'the world atlas is fetched on /map',
  );
});

test('on a phone the map legend and labels stay readable, clusters open within the screen, and a tiny country is reachable by its marker', async ({
  launch,
}) => {
  const b = await launch({ viewport: { width: 390, height: 844 } });
  await b.page.goto(url('/map?lang=es'));
  const world = b.page.getByRole('figure', { name: 'Países contraparte, lugares y organismos internacionales' });
  await world.locator('path[role="button"]').first().waitFor();
  // The SVG is scaled down to the phone's width; its legend is enlarged to compensate.
  const title = world.locator('.map-legend text', { hasText: 'Actividades por país' });
  const box = await title.boundingBox();
  assert.ok(box && box.height >= 10, `legend text ${box?.height.toFixed(1)} px tall on screen`);
  assert.ok(box.x + box.width <= 390, 'the legend fits the phone width');
  // Peru's places are one cluster at this size: it opens a list that stays on the screen, and every place is
  // reachable, in Spanish.
  const peru = world.getByRole('button', { name: /^\d+ lugares: Lima, / });
  const c = await peru.boundingBox();
  assert.ok(c && c.width >= 24, `the cluster is ${c?.width.toFixed(1)} px wide`);
  await peru.click();
  const list = world.getByRole('dialog', { name: /^\d+ lugares$/ });
  const l = await list.boundingBox();
  assert.ok(l.x >= 0 && l.x + l.width <= 390, `the list spans ${l.x.toFixed(0)}–${(l.x + l.width).toFixed(0)} px`);
  const scroll = await b.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(scroll <= 0, `no horizontal scroll with the list open (${scroll} px too wide)`);
  await b.page.keyboard.press('Escape');
  assert.deepEqual(
    await reachablePlaces(b.page, world, 'es'),
    await tablePlaces(b.page, 'Lugares y organismos internacionales en el mapa', 'Lugar'),
  );
  // El Salvador is a few pixels wide at world scale: its marker takes the click.
  const marker = world.locator('.map-small-country[data-country="SV"]');
  const m = await marker.boundingBox();
  assert.ok(m && m.width >= 10, `the small-country marker is ${m?.width.toFixed(1)} px wide`);
  // On a phone the tables scroll sideways: axe finds no serious or critical fault (a scroll area must be reachable).
  const bad = seriousViolations(await axeViolations(b.page, 'main'));
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
  );
  await marker.click();
  await b.page.waitForURL(/[?&]country=SV(&|$)/);
});
