/**
 * Files attached to records: each allowed kind told from its content, disguised and over-size files
 * refused with nothing written, the same content stored once, downloads with their headers, who may read
 * and change which record's files (another commune: 404), and deleting with a reason (soft, audited).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentsApi, type UploadQuery } from '../../contract/attachments';
import { fixedClock } from '../clock';
import { type Client, TEST_ORIGIN } from '../http/test-app';
import { docxBytes, jpegBytes, pdfBytes, plainZipBytes, pngBytes, xlsxBytes } from '../testing/sample-files';
import { startWorld, type World } from '../testing/test-world';
import { filePath, sha256Of } from './file-store';

const LIMIT = 64 * 1024;
let w: World;
let draft: string; // a draft proposal of the school (the unit head's unit)
let villageProposal: string;

beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z'), maxUploadBytes: LIMIT });
  draft = (await w.proposal({ unitId: w.units.school })).id;
  villageProposal = (await w.proposal({ unitId: w.units.village })).id;
}, 60_000);
afterAll(() => w?.close());

const upload = (c: Client, q: UploadQuery, bytes: Uint8Array) =>
  c.attempt(attachmentsApi.uploadAttachment, { query: q, body: bytes });
const onProposal = (id: string, name: string) => ({ ownerKind: 'PROPOSAL' as const, ownerId: id, name });
const list = (c: Client, ownerKind: UploadQuery['ownerKind'], ownerId: string) =>
  c.attempt(attachmentsApi.listAttachments, { query: { ownerKind, ownerId } });
const storedFiles = () =>
  fs.existsSync(w.t.filesDir)
    ? fs.readdirSync(w.t.filesDir).flatMap((d) => fs.readdirSync(path.join(w.t.filesDir, d)))
    : [];

describe('uploading files', () => {
  it('takes a PDF, a JPEG, a PNG, a DOCX and an XLSX, telling each from its content; Vietnamese names survive', async () => {
    const files: [string, Uint8Array, string, string][] = [
      ['Biên bản họp Hội đồng.pdf', pdfBytes(), 'PDF', 'application/pdf'],
      ['Ảnh trao giải.JPG', jpegBytes(), 'JPEG', 'image/jpeg'],
      ['Giấy khen (bản chụp).png', pngBytes(), 'PNG', 'image/png'],
      [
        'Báo cáo thành tích.docx',
        await docxBytes(),
        'DOCX',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        'Bảng số liệu.xlsx',
        await xlsxBytes(),
        'XLSX',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
    ];
    const p = (await w.proposal({ unitId: w.units.village })).id;
    for (const [name, bytes, kind, mime] of files) {
      const r = await upload(w.officer, { ...onProposal(p, name), purpose: 'SIGNED_ORIGINAL' }, bytes);
      expect(r.error).toBeNull();
      expect(r.body).toMatchObject({ name, kind, mime, size: bytes.length, purpose: 'SIGNED_ORIGINAL' });
      expect(r.body.uploadedBy).toBe('Cán Bộ Thi Đua Thử');
    }
    const l = await w.officer.api.call(attachmentsApi.listAttachments, {
      query: { ownerKind: 'PROPOSAL', ownerId: p },
    });
    expect(l.items.map((a) => a.name).sort()).toEqual(files.map((f) => f[0]).sort());
    expect(l).toMatchObject({ canEdit: true, maxBytes: LIMIT });
    // a name typed on a Mac (NFD) is stored as the same text as on Windows (NFC); no extension: the kind's
    const nfd = await upload(w.officer, onProposal(p, 'Quyết định'.normalize('NFD')), pdfBytes('nfd'));
    expect(nfd.body.name).toBe('Quyết định.pdf');
  });

  it('refuses a disguised, an unknown, an empty and an over-size file, writing nothing', async () => {
    const before = storedFiles().length;
    const cases: [string, Uint8Array, string, number][] = [
      ['Báo cáo.pdf', pngBytes(), 'FILE_TYPE_MISMATCH', 422],
      ['Bảng.xlsx', await docxBytes(), 'FILE_TYPE_MISMATCH', 422],
      [
        'ghi-chu.pdf',
        new TextEncoder().encode('Chỉ là văn bản, không phải PDF'),
        'FILE_TYPE_NOT_ALLOWED',
        422,
      ],
      ['tai-lieu.docx', await plainZipBytes(), 'FILE_TYPE_NOT_ALLOWED', 422],
      ['chuong-trinh.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0x00]), 'FILE_TYPE_NOT_ALLOWED', 422],
      ['trong.pdf', new Uint8Array(), 'FILE_EMPTY', 422],
      ['Quá lớn.pdf', new Uint8Array([...pdfBytes(), ...new Uint8Array(LIMIT)]), 'FILE_TOO_LARGE', 413],
    ];
    for (const [name, bytes, code, status] of cases) {
      const r = await upload(w.officer, onProposal(draft, name), bytes);
      expect({ name, code: r.error?.code, status: r.status }).toEqual({ name, code, status });
      expect(r.error?.message).toMatch(/Tệp|tệp/);
    }
    const big = await upload(w.officer, onProposal(draft, 'Quá lớn.pdf'), new Uint8Array(LIMIT + 1));
    expect(big.error?.message).toContain('64 KB');
    expect(storedFiles().length).toBe(before);
    expect((await list(w.officer, 'PROPOSAL', draft)).body.items).toEqual([]);
    // the name is checked by the contract: no path separators
    expect((await upload(w.officer, onProposal(draft, '../x.pdf'), pdfBytes())).error?.code).toBe(
      'VALIDATION',
    );
  });

  it('stores the same content once, whatever record it is attached to, under files/<2 hex>/<sha256>', async () => {
    const bytes = pdfBytes('Cung mot noi dung');
    const target = await w.target({ year: 2026, code: 'TN-F1', planned: 10 });
    const a = await upload(w.officer, onProposal(draft, 'Minh chứng.pdf'), bytes);
    const b = await upload(
      w.officer,
      { ownerKind: 'TARGET', ownerId: target, name: 'Báo cáo tiến độ.pdf' },
      bytes,
    );
    expect(a.error ?? b.error).toBeNull();
    const sha = sha256Of(bytes);
    const rows = await w.t.handle.db
      .selectFrom('attachments')
      .select(['sha256', 'owner_kind'])
      .where('sha256', '=', sha)
      .execute();
    expect(rows.map((r) => r.owner_kind).sort()).toEqual(['PROPOSAL', 'TARGET']);
    expect(storedFiles().filter((f) => f === sha)).toHaveLength(1);
    const onDisk = filePath(w.t.filesDir, sha);
    expect(onDisk).toBe(path.join(w.t.filesDir, sha.slice(0, 2), sha));
    expect(Buffer.compare(fs.readFileSync(onDisk), Buffer.from(bytes))).toBe(0);
    expect(fs.readdirSync(path.dirname(onDisk)).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('reads the bytes only from a page of this server, and only on the upload route', async () => {
    const cross = await w.t.app.inject({
      method: 'POST',
      url: `/api/attachments?ownerKind=PROPOSAL&ownerId=${draft}&name=x.pdf`,
      headers: {
        origin: 'http://evil.example',
        cookie: w.officer.cookie ?? '',
        'content-type': 'application/octet-stream',
      },
      payload: Buffer.from(pdfBytes()),
    });
    expect(JSON.parse(cross.body).code).toBe('CROSS_ORIGIN');
    const elsewhere = await w.t.app.inject({
      method: 'POST',
      url: '/api/targets',
      headers: {
        origin: TEST_ORIGIN,
        cookie: w.officer.cookie ?? '',
        'content-type': 'application/octet-stream',
      },
      payload: Buffer.from(pdfBytes()),
    });
    expect({ status: elsewhere.statusCode, code: JSON.parse(elsewhere.body).code }).toEqual({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  });
});

describe('downloading', () => {
  it('sends the stored type, the UTF-8 name, nosniff; PDF and images inline, DOCX/XLSX as attachments', async () => {
    const pdf = pdfBytes('Tai ve');
    const a = await w.officer.api.call(attachmentsApi.uploadAttachment, {
      query: onProposal(draft, 'Biên bản bình xét.pdf'),
      body: pdf,
    });
    const res = await w.t.app.inject({
      method: 'GET',
      url: `/api/attachments/${a.id}/content`,
      headers: { cookie: w.viewer.cookie ?? '' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="bien-ban-binh-xet.pdf"; filename*=UTF-8''${encodeURIComponent('Biên bản bình xét.pdf')}`,
    );
    // the UI frames it (its own origin only)
    expect(res.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(Buffer.compare(res.rawPayload, Buffer.from(pdf))).toBe(0);
    const asFile = await w.viewer.api.file(attachmentsApi.attachmentContent, {
      params: { id: a.id },
      query: { download: '1' },
    });
    expect(asFile.fileName).toBe('Biên bản bình xét.pdf');

    const d = await w.officer.api.call(attachmentsApi.uploadAttachment, {
      query: onProposal(draft, 'Báo cáo.docx'),
      body: await docxBytes(),
    });
    const docx = await w.t.app.inject({
      method: 'GET',
      url: `/api/attachments/${d.id}/content`,
      headers: { cookie: w.officer.cookie ?? '' },
    });
    expect(docx.headers['content-disposition']).toMatch(/^attachment; /);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });
});

describe('who may read and change which files', () => {
  it('a proposal: read with the dossier; changed by officers, and by the unit head while it is in the unit', async () => {
    const a = await w.officer.api.call(attachmentsApi.uploadAttachment, {
      query: onProposal(villageProposal, 'Tờ trình.pdf'),
      body: pdfBytes('to trinh'),
    });
    // the viewer reads, may not change
    expect((await list(w.viewer, 'PROPOSAL', villageProposal)).body.canEdit).toBe(false);
    expect((await upload(w.viewer, onProposal(villageProposal, 'x.pdf'), pdfBytes())).error?.code).toBe(
      'FORBIDDEN',
    );
    expect((await list(w.chair, 'PROPOSAL', villageProposal)).body.items.map((x) => x.id)).toContain(a.id);
    // the school's head: not the village's proposal, its files or their bytes
    expect((await list(w.unitHead, 'PROPOSAL', villageProposal)).error?.code).toBe('FORBIDDEN');
    expect(
      (await w.unitHead.attempt(attachmentsApi.attachmentContent, { params: { id: a.id }, query: {} })).error
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await w.unitHead.attempt(attachmentsApi.deleteAttachment, {
          params: { id: a.id },
          body: { reason: 'Không phải của tôi' },
        })
      ).error?.code,
    ).toBe('FORBIDDEN');
    // … but their own unit's draft, yes; once forwarded, only the officers attach (signed originals)
    expect((await list(w.unitHead, 'PROPOSAL', draft)).body.canEdit).toBe(true);
    expect(
      (await upload(w.unitHead, onProposal(draft, 'Của đơn vị.pdf'), pdfBytes('don vi'))).error,
    ).toBeNull();
    const forwarded = (await w.proposal({ unitId: w.units.school, state: 'FORWARDED' })).id;
    expect((await list(w.unitHead, 'PROPOSAL', forwarded)).body.canEdit).toBe(false);
    expect((await upload(w.unitHead, onProposal(forwarded, 'Muộn.pdf'), pdfBytes())).error?.code).toBe(
      'FORBIDDEN',
    );
    expect((await upload(w.officer, onProposal(forwarded, 'Bản gốc.pdf'), pdfBytes('goc'))).error).toBeNull();
  });

  it('another commune: 404 for the record, the list, the bytes and the deletion', async () => {
    const other = await w.secondCommune();
    const a = await w.officer.api.call(attachmentsApi.uploadAttachment, {
      query: onProposal(draft, 'Nội bộ xã.pdf'),
      body: pdfBytes('noi bo'),
    });
    for (const c of [other.officer, other.chair]) {
      expect((await list(c, 'PROPOSAL', draft)).error?.code).toBe('NOT_FOUND');
      // the chairman may attach nowhere (refused before the bytes are read); the officer finds no such record
      expect((await upload(c, onProposal(draft, 'x.pdf'), pdfBytes())).error?.code).toBe(
        c === other.officer ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      expect(
        (await c.attempt(attachmentsApi.attachmentContent, { params: { id: a.id }, query: {} })).status,
      ).toBe(404);
      expect(
        (
          await c.attempt(attachmentsApi.deleteAttachment, {
            params: { id: a.id },
            body: { reason: 'Thử xóa hộ' },
          })
        ).status,
      ).toBe(c === other.officer ? 404 : 403);
    }
  });

  it('a target: everyone reads; the officers and the head of the responsible unit attach', async () => {
    const village = await w.target({ year: 2026, code: 'TN-F2', planned: 5 });
    const school = await w.target({
      year: 2026,
      code: 'TN-F3',
      planned: 5,
      responsibleUnitId: w.units.school,
    });
    const onTarget = (id: string) => ({ ownerKind: 'TARGET' as const, ownerId: id, name: 'Báo cáo.pdf' });
    expect((await upload(w.unitHead, onTarget(school), pdfBytes('school'))).error).toBeNull();
    expect((await upload(w.unitHead, onTarget(village), pdfBytes())).error?.code).toBe('FORBIDDEN');
    expect((await list(w.unitHead, 'TARGET', village)).body.canEdit).toBe(false);
    expect((await list(w.viewer, 'TARGET', school)).body.items).toHaveLength(1);
  });

  it('a typical example: read by who reads it (a unit head: their own unit), changed by the officers', async () => {
    const ex = await w.example(); // the village's
    const onExample = { ownerKind: 'EXAMPLE' as const, ownerId: ex, name: 'Mô hình.jpg' };
    expect((await upload(w.officer, onExample, jpegBytes())).error).toBeNull();
    expect((await list(w.member, 'EXAMPLE', ex)).body).toMatchObject({ canEdit: false });
    expect((await list(w.unitHead, 'EXAMPLE', ex)).error?.code).toBe('FORBIDDEN');
    expect((await upload(w.unitHead, onExample, jpegBytes())).error?.code).toBe('FORBIDDEN');
  });

  it('a history entry: the officers, and a unit head for their own unit’s people only; not the viewer', async () => {
    const schoolPerson = await w.person({ unitId: w.units.school });
    const villagePerson = await w.person({ unitId: w.units.village });
    await w.initiative(schoolPerson, 2025);
    await w.initiative(villagePerson, 2025);
    const idOf = async (personId: string) =>
      (
        await w.t.handle.db
          .selectFrom('initiatives')
          .select('id')
          .where('person_id', '=', personId)
          .executeTakeFirstOrThrow()
      ).id;
    const own = {
      ownerKind: 'INITIATIVE' as const,
      ownerId: await idOf(schoolPerson),
      name: 'Công nhận sáng kiến.pdf',
    };
    const theirs = { ...own, ownerId: await idOf(villagePerson) };
    expect((await upload(w.unitHead, own, pdfBytes('sk'))).error).toBeNull();
    expect((await upload(w.officer, theirs, pdfBytes('sk2'))).error).toBeNull();
    expect((await list(w.unitHead, 'INITIATIVE', theirs.ownerId)).error?.code).toBe('FORBIDDEN');
    expect((await upload(w.unitHead, theirs, pdfBytes())).error?.code).toBe('FORBIDDEN');
    expect((await list(w.viewer, 'INITIATIVE', own.ownerId)).error?.code).toBe('FORBIDDEN');
    expect((await list(w.chair, 'INITIATIVE', own.ownerId)).error?.code).toBe('FORBIDDEN');
    expect((await list(w.officer, 'DISCIPLINE', own.ownerId)).error?.code).toBe('NOT_FOUND');
  });
});

describe('deleting', () => {
  it('needs a reason; keeps the row and the bytes with who, when and why; audited; the file is gone for users', async () => {
    const bytes = pdfBytes('Se xoa');
    const a = await w.officer.api.call(attachmentsApi.uploadAttachment, {
      query: { ...onProposal(draft, 'Nhầm tệp.pdf'), note: 'Bản nháp' },
      body: bytes,
    });
    const noReason = await w.officer.attempt(attachmentsApi.deleteAttachment, {
      params: { id: a.id },
      body: { reason: ' ' },
    });
    expect(noReason.error?.code).toBe('VALIDATION');
    const after = await w.officer.api.call(attachmentsApi.deleteAttachment, {
      params: { id: a.id },
      body: { reason: 'Đính kèm nhầm tệp' },
    });
    expect(after.items.map((x) => x.id)).not.toContain(a.id);
    const row = await w.t.handle.db
      .selectFrom('attachments')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      deleted_reason: 'Đính kèm nhầm tệp',
      deleted_by: w.ids.officer,
      deleted_at: '2026-03-01T02:00:00.000Z',
    });
    expect(fs.existsSync(filePath(w.t.filesDir, sha256Of(bytes)))).toBe(true);
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('entity_type', '=', 'attachment')
      .where('entity_id', '=', a.id)
      .orderBy('id')
      .execute();
    expect(audit.map((x) => x.action)).toEqual(['upload', 'delete']);
    expect(audit[1]?.summary).toContain('Đính kèm nhầm tệp');
    expect(
      (await w.officer.attempt(attachmentsApi.attachmentContent, { params: { id: a.id }, query: {} })).status,
    ).toBe(404);
    const again = await w.officer.attempt(attachmentsApi.deleteAttachment, {
      params: { id: a.id },
      body: { reason: 'Xóa lần nữa' },
    });
    expect(again.error?.code).toBe('ALREADY_DELETED');
  });
});
