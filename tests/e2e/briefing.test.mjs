// The briefing: charts added from /themes survive a reload, can be reordered, and print to a PDF holding them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, url, countStore } from './helpers.mjs';

const CHARTS = ['Activities by theme', 'Themes month by month'];

test('charts added to the briefing stay after a reload, reorder, and print to PDF with their titles', async () => {
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
      const img = list.getByRole('img', { name: new RegExp(`^${title} — Chile\\.`) });
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

    const pdf = join(dir, 'briefing.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    for (const title of CHARTS) assert.ok(r.stdout.includes(title), `the PDF holds “${title}”`);
    assert.ok(r.stdout.includes('Nota de Prensa 304-25'), 'the PDF names the source');
    assert.ok(!r.stdout.includes('Move down'), 'no screen controls in print');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info.stdout, /Pages:\s+2\b/, 'one page per figure');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
