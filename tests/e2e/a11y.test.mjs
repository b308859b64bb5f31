// axe-core on every route: no 'serious' or 'critical' violation, in English and in Spanish. English audits the
// whole embedded data set; Spanish audits the same components over one month of it (February 2026), so that the
// Spanish names, labels and lang attributes are checked without auditing the ~4,000 nodes of the full lists twice.
// Only violations are gathered (axe's resultTypes): which violations are found does not change.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { axeViolations, seriousViolations, url } from './helpers.mjs';
import { ROUTES as APP_ROUTES } from './routes.mjs';

// Every route but the editor's forms and the vocabulary, which the phone and tablet passes audit (responsive.test).
const ROUTES = APP_ROUTES.filter((r) => !/\/edit$|\/new$|^\/vocabulary$/.test(r));

/** The route's address with the pass's parameters added; a parameter the route sets itself is kept. */
function address(route, extra) {
  const [path, query = ''] = route.split('?');
  const params = new URLSearchParams(query);
  for (const [key, value] of new URLSearchParams(extra)) if (!params.has(key)) params.set(key, value);
  return `${path}?${params}`;
}

function describe(violations) {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join('\n    ')}`,
    )
    .join('\n');
}

const PASSES = [
  ['en', ''],
  ['es', '&from=2026-02-01&to=2026-02-28'],
];

// The two passes may run on both workers at once.
test.describe.configure({ mode: 'parallel' });

for (const [lang, period] of PASSES) {
  test(`axe finds no serious or critical violation on any route (${lang})`, async ({ launch }) => {
    const b = await launch();
    const { page } = b;
    const found = [];
    for (const route of ROUTES) {
      await page.goto(url(address(route, `lang=${lang}${period}`)));
      await page.locator('main h1').first().waitFor();
      // Let the data load and charts and maps draw before auditing.
      await page.waitForFunction(
        () => !document.querySelector('main [role="status"]')?.textContent?.match(/Loading|Cargando|^…$/),
      );
      // The map's shapes are drawn after its geometry loads: audit the drawn map, not its placeholder.
      if (route === '/map') await page.locator('main figure[data-chart-id^="map"] svg path').first().waitFor();
      await page.waitForTimeout(300);
      const bad = seriousViolations(await axeViolations(page));
      if (bad.length) found.push(`${route}:\n  ${describe(bad)}`);
    }
    assert.equal(found.join('\n'), '', `axe violations:\n${found.join('\n')}`);
  });
}
