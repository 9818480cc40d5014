import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWebLink } from '../../contract/web-link';
import { newId } from '../db/ids';
import { nowIso } from '../db/test-db';
import { type Client, startTestApp, type TestApp } from './test-app';

let t: TestApp;
let officer: Client;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.as('canbo');
});
afterAll(async () => {
  await t?.close();
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
interface PublicExample {
  id: string;
  media: { title: string; link: string | null }[];
}

describe('links users give are http(s) only', () => {
  it('knows a web address', () => {
    expect(isWebLink('https://baothaian.vn/bai-viet?id=1')).toBe(true);
    expect(isWebLink('http://192.168.1.5/minh-chung.pdf')).toBe(true);
    for (const b of BAD) expect(isWebLink(b), b).toBe(false);
  });

  it('refuses javascript:, data: and other schemes for media of a typical example', async () => {
    const pub = (await t.anonymous.get<PublicExample[]>('/api/public/examples')).body;
    const id = pub[0]?.id as string;
    for (const link of BAD) {
      const res = await officer.post<{ code: string; message: string }>(`/api/examples/${id}/media`, {
        date: '2025-01-02',
        content: 'Tin bài về mô hình',
        outlet: 'Báo xã',
        link,
      });
      expect(res.status, link).toBe(400);
      expect(res.body.message).toContain('http:// hoặc https://');
    }
    const ok = await officer.post(`/api/examples/${id}/media`, {
      date: '2025-01-02',
      content: 'Tin bài về mô hình',
      outlet: 'Báo xã',
      link: 'https://example.org/tin-bai',
    });
    expect(ok.status).toBe(201);
  });

  it('never serves a stored non-http(s) link from the public examples API or the example page', async () => {
    const pub = (await t.anonymous.get<PublicExample[]>('/api/public/examples')).body;
    const id = pub[0]?.id as string;
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
        created_at: nowIso(),
      })
      .execute();
    const after = (await t.anonymous.get<PublicExample[]>('/api/public/examples')).body.find(
      (x) => x.id === id,
    );
    const old = after?.media.find((m) => m.title === 'Bài cũ có đường dẫn xấu');
    expect(old).toBeDefined();
    expect(old?.link).toBeNull();
    expect(after?.media.every((m) => m.link === null || /^https?:\/\//.test(m.link))).toBe(true);
    const detail = (
      await officer.get<{ media: { content: string; link: string | null }[] }>(`/api/examples/${id}`)
    ).body;
    expect(detail.media.find((m) => m.content === 'Bài cũ có đường dẫn xấu')?.link).toBeNull();
  });

  it('refuses the same for the evidence link of a target progress report', async () => {
    const targets = (await officer.get<{ targets: { id: string; code: string }[] }>('/api/targets?year=2024'))
      .body.targets;
    const target = targets.find((x) => x.code === 'CT07')?.id as string;
    for (const evidenceLink of BAD) {
      const res = await officer.post(`/api/targets/${target}/progress`, {
        date: '2024-12-30',
        value: 2.4,
        evidence: 'Báo cáo rà soát hộ nghèo',
        evidenceLink,
      });
      expect(res.status, evidenceLink).toBe(400);
    }
  });
});
