import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, url, countStore } from './helpers.mjs';

test('first visit fills IndexedDB and a reload does not duplicate', async () => {
  const b = await launch();
  try {
    await b.page.goto(url('/records?lang=en'));
    await b.page.getByRole('table').waitFor();
    const first = await countStore(b.page);
    assert.ok(first >= 19, `expected the embedded data set, found ${first}`);
    await b.page.reload();
    await b.page.getByRole('table').waitFor();
    assert.equal(await countStore(b.page), first);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
