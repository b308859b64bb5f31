// Playwright Test with the fixtures every browser test uses: `launch` opens Debian's Chromium with a fresh profile
// (helpers.mjs `openBrowser`) and, when the test ends, checks its error log and closes it.
import { test as base } from '@playwright/test';
import { openBrowser } from './helpers.mjs';

export const test = base.extend({
  /**
   * `await launch(options)` → `{ context, page, errors, allowErrors, close }`, as many as a test needs. After the
   * test, each browser's console and page errors must be empty — except those a test expects and names with
   * `allowErrors(/pattern/)` — and every browser is closed with its profile deleted.
   */
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  launch: async ({}, use, testInfo) => {
    const opened = [];
    await use(async (options) => {
      const b = await openBrowser(options);
      const allowed = [];
      b.allowErrors = (pattern) => allowed.push(pattern);
      b.unexpectedErrors = () => b.errors.filter((e) => !allowed.some((p) => p.test(e)));
      opened.push(b);
      return b;
    });
    const failed = testInfo.status !== testInfo.expectedStatus;
    const unexpected = failed ? [] : opened.flatMap((b) => b.unexpectedErrors());
    for (const b of opened) await b.close();
    if (unexpected.length) throw new Error(`errors in the browser:\n${unexpected.join('\n')}`);
  },
});
