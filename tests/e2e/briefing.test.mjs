// The briefing: charts added from /themes survive a reload, can be reordered, and print to a PDF that flows them
// with a note and a records table, says each title once, names filters by kind and is titled after the briefing.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { url, countStore } from './helpers.mjs';

const CHARTS = ['Activities by theme', 'Themes month by month'];

test('charts added to the briefing stay after a reload, reorder, and print to PDF with their titles', async ({
  launch,
}) => {
  const b = await launch();
  const dir = mkdtempSync(join(tmpdir(), 'agenda-e2e-briefing-'));
  try {
    const { page } = b;
    await page.goto(url('/themes?country=CL&lang=en'));
    for (const title of CHARTS) {
      const figure = page.getByRole('figure', { name: title });
      await figure.locator('svg').first().waitFor();
      await figure.getByRole('button', { name: 'Add to briefing' }).click();
      await figure.getByRole('button', { name: 'In the briefing' }).waitFor();
    }
    assert.equal(await countStore(page, 'briefing'), 2);

    await page.goto(url('/briefing?lang=en'));
    await page.reload();
    const list = page.getByRole('list', { name: 'Briefing items' });
    await list.waitFor();
    const headings = () => list.getByRole('heading', { level: 2 }).allTextContents();
    assert.deepEqual(await headings(), CHARTS);
    for (const title of CHARTS) {
      const img = list.getByRole('img', { name: new RegExp(`^${title} — Country: Chile\\.`) });
      await img.waitFor();
      assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth > 0), `${title} image loads`);
    }

    await page.getByRole('button', { name: `Move down: ${CHARTS[0]}` }).click();
    await page.waitForFunction(
      (first) => document.querySelector('.briefing-items h2')?.textContent === first,
      CHARTS[1],
    );
    await page.reload();
    await list.waitFor();
    assert.deepEqual(await headings(), [CHARTS[1], CHARTS[0]]);

    // A note and the records table of the same filters: four items that must flow, not take a page each.
    await page.goto(url('/briefing?country=CL&lang=en'));
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByRole('textbox', { name: 'Note' });
    await note.fill('Chile and Peru met twice on migration.');
    await note.blur();
    await page.getByRole('button', { name: 'Add records table (current filters)' }).click();
    // Its own title and author, as the cover and the PDF's document title carry them.
    await page.getByRole('textbox', { name: 'Briefing title' }).fill('Chile and migration');
    await page.getByRole('textbox', { name: 'Briefing title' }).blur();
    await page.getByRole('textbox', { name: 'Author (printed on the cover)' }).fill('Ana Torres');
    await page.getByRole('textbox', { name: 'Author (printed on the cover)' }).blur();
    await page.getByText(/^Prepared by Ana Torres, /).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Chile and migration' }).waitFor();
    await page.getByRole('table').waitFor();
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));

    const pdf = join(dir, 'briefing.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    if (process.env.E2E_KEEP_PDF) copyFileSync(pdf, process.env.E2E_KEEP_PDF);
    const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const text = r.stdout;
    for (const title of CHARTS) {
      const times = text.split(title).length - 1;
      assert.equal(times, 1, `the PDF holds “${title}” once, not ${times} times`);
    }
    assert.ok(text.includes('Nota de Prensa 304-25'), 'the PDF names the source');
    assert.ok(text.includes('Chile and Peru met twice on migration.'), 'the note is printed');
    assert.ok(text.includes('Records — Country: Chile'), 'the records table is headed by its filters in words');
    assert.match(text, /Filters — Country: Chile/, 'the cover line names the filters by kind');
    assert.ok(!text.includes('Move down'), 'no screen controls in print');
    assert.ok(!/127\.0\.0\.1|localhost/.test(text), 'no loopback address is printed');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    assert.ok(
      pages >= 1 && pages < 4,
      `two charts, a note and a short table flow on fewer pages than items (${pages})`,
    );
    assert.match(
      info.stdout,
      /Title:\s+Chile and migration — \d{1,2} \w{3} \d{4}\n/,
      'the PDF is titled after the briefing',
    );
    assert.match(text, /Prepared by Ana Torres, \d{1,2} \w{3} \d{4}/, 'the cover names the author and the date');
    // Page numbers from the print style's @page margin box (pdftotext drops the thin spaces around the slash).
    for (let n = 1; n <= pages; n++)
      assert.match(text, new RegExp(`\\b${n} ?/ ?${pages}\\b`), `page ${n} is numbered “${n} / ${pages}”`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
