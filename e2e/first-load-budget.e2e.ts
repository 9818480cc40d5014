/**
 * The first load's JavaScript budget (issue 15): what the browser must fetch before drawing any page —
 * the entry script and every script it imports statically (index.html's module preloads) — weighs at most
 * 300 KB compressed, as the server actually sends it (brotli and gzip). Pages, the signed-in frame and the
 * contract's schemas load later, when first used. Reads the built UI through the running server only.
 */
import { describe, expect, inject, it } from 'vitest';

const BUDGET_BYTES = 300 * 1024;

async function initialScripts(baseUrl: string): Promise<string[]> {
  const html = await (await fetch(`${baseUrl}/dang-nhap`)).text();
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  expect(scripts.length).toBeGreaterThan(0);
  return scripts;
}

describe('first load budget', () => {
  for (const encoding of ['br', 'gzip'] as const) {
    it(`the initial JavaScript is at most 300 KB in ${encoding}`, async () => {
      const baseUrl = inject('baseUrl');
      let total = 0;
      for (const script of await initialScripts(baseUrl)) {
        const r = await fetch(`${baseUrl}${script}`, { headers: { 'accept-encoding': encoding } });
        expect(r.status, script).toBe(200);
        // fetch decodes the body: count the bytes as sent, from the length the server announces
        expect(r.headers.get('content-encoding'), script).toBe(encoding);
        const sent = Number(r.headers.get('content-length'));
        expect(sent, `${script} has a length`).toBeGreaterThan(0);
        total += sent;
        await r.arrayBuffer();
      }
      console.log(`initial JavaScript (${encoding}): ${(total / 1024).toFixed(1)} KB`);
      expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
    });
  }
});
