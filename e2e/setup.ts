/**
 * After each browser test: when it failed, a screenshot of every page it had open goes to
 * .tmp/screenshots/failures (named after the test); then its pages are closed, so the next test starts
 * with none and a busy machine does not carry the previous test's pages along.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openPages } from './browser';

afterEach(async (ctx) => {
  const pages = [...openPages];
  openPages.clear();
  if (ctx.task.result?.state === 'fail') {
    const dir = path.join('.tmp', 'screenshots', 'failures');
    fs.mkdirSync(dir, { recursive: true });
    const name = `${path.basename(ctx.task.file.name, '.e2e.ts')}-${ctx.task.name}`
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .slice(0, 120);
    for (const [i, page] of pages.entries()) {
      const file = path.join(dir, `${name}-${i + 1}.png`);
      await page.screenshot({ path: file, fullPage: true }).then(
        () => console.error(`screenshot of the failed test: ${file} (${page.url()})`),
        () => undefined,
      );
    }
  }
  for (const page of pages)
    await page
      .context()
      .close()
      .catch(() => undefined);
});
