import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesApi } from '../../contract/examples';
import { targetsApi } from '../../contract/targets';
import { isWebLink } from '../../contract/web-link';
import { isoNow } from '../clock';
import { newId } from '../db/ids';
import { startWorld, type World } from '../testing/test-world';
import type { Client, TestApp } from './test-app';

let w: World;
let t: TestApp;
let officer: Client;
/** A summed-up example, shown to citizens. */
let exampleId: string;
beforeAll(async () => {
  w = await startWorld();
  t = w.t;
  officer = w.officer;
  exampleId = await w.example({ stage: 'SUMMED_UP' });
});
afterAll(async () => {
  await w?.close();
});

const BAD = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  'file:///etc/passwd',
  'https://',
  '//evil.example/x',
];

describe('links users give are http(s) only', () => {
  it('knows a web address', () => {
    expect(isWebLink('https://baothaian.vn/bai-viet?id=1')).toBe(true);
    expect(isWebLink('http://192.168.1.5/minh-chung.pdf')).toBe(true);
    for (const b of BAD) expect(isWebLink(b), b).toBe(false);
  });

  it('refuses javascript:, data: and other schemes for media of a typical example', async () => {
    const pub = await t.anonymous.api.call(examplesApi.listPublicExamples, {});
    const id = pub[0]?.id as string;
    expect(id).toBe(exampleId);
    const media = (link: string) =>
      officer.attempt(examplesApi.addMedia, {
        params: { id },
        body: { date: '2025-01-02', content: 'Tin bài về mô hình', outlet: 'Báo xã', link },
      });
    for (const link of BAD) {
      const res = await media(link);
      expect(res.status, link).toBe(400);
      expect(res.error?.message).toContain('http:// hoặc https://');
    }
    const ok = await media('https://example.org/tin-bai');
    expect(ok.status).toBe(201);
  });

  it('never serves a stored non-http(s) link from the public examples API or the example page', async () => {
    const pub = await t.anonymous.api.call(examplesApi.listPublicExamples, {});
    const id = pub[0]?.id as string;
    expect(id).toBe(exampleId);
    // a link stored before links were checked
    await t.handle.db
      .insertInto('typical_example_entries')
      .values({
        id: newId(),
        tenant_id: t.tenantId,
        example_id: id,
        kind: 'MEDIA',
        entry_date: '2025-01-03',
        content: 'Bài cũ có đường dẫn xấu',
        outlet: 'Báo xã',
        link: 'javascript:alert(1)',
        by_whom: null,
        created_by: 'seed',
        created_at: isoNow(w.clock),
      })
      .execute();
    const after = (await t.anonymous.api.call(examplesApi.listPublicExamples, {})).find((x) => x.id === id);
    const old = after?.media.find((m) => m.title === 'Bài cũ có đường dẫn xấu');
    expect(old).toBeDefined();
    expect(old?.link).toBeNull();
    expect(after?.media.every((m) => m.link === null || /^https?:\/\//.test(m.link))).toBe(true);
    const detail = await officer.api.call(examplesApi.getExample, { params: { id } });
    expect(detail.media.find((m) => m.content === 'Bài cũ có đường dẫn xấu')?.link).toBeNull();
  });

  it('refuses the same for the evidence link of a target progress report', async () => {
    const target = await w.target({
      year: 2024,
      code: 'CT07',
      name: 'Tỷ lệ hộ nghèo',
      direction: 'AT_MOST',
      planned: 2.5,
    });
    for (const evidenceLink of BAD) {
      const res = await officer.attempt(targetsApi.addProgress, {
        params: { id: target },
        body: { date: '2024-12-30', value: 2.4, evidence: 'Báo cáo rà soát hộ nghèo', evidenceLink },
      });
      expect(res.status, evidenceLink).toBe(400);
    }
  });
});
