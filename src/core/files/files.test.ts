import { describe, expect, it } from 'vitest';
import { type AttachmentActor, attachmentAccess } from './attachment-access';
import { checkUpload, extensionOf, formatFileSize, sniffFileKind } from './file-kinds';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('the kind of a file, from its content', () => {
  it('knows PDF, JPEG, PNG and Office packages by their first bytes and ZIP entries', () => {
    expect(sniffFileKind(text('%PDF-1.7\n'), null)).toBe('PDF');
    expect(sniffFileKind(bytes(0xff, 0xd8, 0xff, 0xe1), null)).toBe('JPEG');
    expect(sniffFileKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), null)).toBe('PNG');
    const zip = bytes(0x50, 0x4b, 0x03, 0x04);
    expect(sniffFileKind(zip, ['[Content_Types].xml', 'word/document.xml'])).toBe('DOCX');
    expect(sniffFileKind(zip, ['[Content_Types].xml', 'xl/workbook.xml'])).toBe('XLSX');
    expect(sniffFileKind(zip, ['word/document.xml'])).toBeNull(); // no content types: not an Office file
    expect(sniffFileKind(zip, null)).toBeNull();
    expect(sniffFileKind(text('%PD'), null)).toBeNull();
    expect(sniffFileKind(bytes(0x89, 0x50, 0x4e, 0x47), null)).toBeNull();
  });

  it('refuses a name that claims another kind, adds the extension to a name without one', () => {
    expect(checkUpload('a.PDF', text('%PDF-1.4'), null)).toMatchObject({
      ok: true,
      kind: 'PDF',
      name: 'a.PDF',
    });
    expect(checkUpload('Ảnh.jpeg', bytes(0xff, 0xd8, 0xff), null)).toMatchObject({
      ok: true,
      mime: 'image/jpeg',
    });
    expect(checkUpload('Giấy khen', bytes(0xff, 0xd8, 0xff), null)).toMatchObject({
      ok: true,
      name: 'Giấy khen.jpg',
    });
    expect(checkUpload('a.pdf', bytes(0xff, 0xd8, 0xff), null)).toMatchObject({
      ok: false,
      code: 'FILE_TYPE_MISMATCH',
    });
    expect(checkUpload('a.txt', text('%PDF-1.4'), null)).toMatchObject({
      ok: false,
      code: 'FILE_TYPE_MISMATCH',
    });
    expect(checkUpload('a.pdf', text('hello'), null)).toMatchObject({
      ok: false,
      code: 'FILE_TYPE_NOT_ALLOWED',
    });
    expect(checkUpload('a.pdf', bytes(), null)).toMatchObject({ ok: false, code: 'FILE_EMPTY' });
    expect(extensionOf('Báo cáo.tar.GZ')).toBe('gz');
    expect(extensionOf('Báo cáo')).toBe('');
  });

  it('writes sizes the Vietnamese way', () => {
    expect(formatFileSize(850)).toBe('850 byte');
    expect(formatFileSize(12_800)).toBe('12,5 KB');
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20 MB');
  });
});

describe('who may read and change the files of a record', () => {
  const actor = (role: AttachmentActor['role'], unitId: string | null = null, conflicts: string[] = []) => ({
    role,
    unitId,
    tenantId: 't1',
    conflicts: new Set(conflicts),
  });
  const proposal = (status: string) =>
    ({ kind: 'PROPOSAL', id: 'p1', tenantId: 't1', unitId: 'u1', status }) as const;

  it('a proposal: the full dossier to read; officers always, the unit head while it is in the unit', () => {
    expect(attachmentAccess(actor('XEM'), proposal('DRAFT'))).toEqual({ read: true, write: false });
    expect(attachmentAccess(actor('CAN_BO_TDKT'), proposal('DECIDED'))).toEqual({ read: true, write: true });
    expect(attachmentAccess(actor('TRUONG_DON_VI', 'u1'), proposal('RETURNED'))).toEqual({
      read: true,
      write: true,
    });
    expect(attachmentAccess(actor('TRUONG_DON_VI', 'u1'), proposal('SUBMITTED'))).toEqual({
      read: true,
      write: false,
    });
    expect(attachmentAccess(actor('TRUONG_DON_VI', 'u2'), proposal('DRAFT'))).toEqual({
      read: false,
      write: false,
    });
    expect(attachmentAccess({ ...actor('CAN_BO_TDKT'), tenantId: 't2' }, proposal('DRAFT')).read).toBe(false);
    expect(attachmentAccess(actor('THANH_VIEN_HD', null, ['p1']), proposal('FORWARDED'))).toEqual({
      read: false,
      write: false,
      refusal: 'CONFLICT_OF_INTEREST',
    });
  });

  it('targets, examples and history entries', () => {
    const target = { kind: 'TARGET', responsibleUnitId: 'u1' } as const;
    expect(attachmentAccess(actor('TRUONG_DON_VI', 'u1'), target)).toEqual({ read: true, write: true });
    expect(attachmentAccess(actor('TRUONG_DON_VI', 'u2'), target)).toEqual({ read: true, write: false });
    const example = { kind: 'EXAMPLE', unitId: 'u1' } as const;
    expect(attachmentAccess(actor('TRUONG_DON_VI', 'u1'), example)).toEqual({ read: true, write: false });
    expect(attachmentAccess(actor('TRUONG_DON_VI', 'u2'), example).read).toBe(false);
    expect(attachmentAccess(actor('ADMIN'), example)).toEqual({ read: true, write: true });
    const discipline = { kind: 'DISCIPLINE', unitId: 'u1' } as const;
    expect(attachmentAccess(actor('XEM'), discipline).read).toBe(false);
    expect(attachmentAccess(actor('CHU_TICH'), discipline).read).toBe(false);
    expect(attachmentAccess(actor('TRUONG_DON_VI', 'u1'), discipline)).toEqual({ read: true, write: true });
    expect(attachmentAccess(actor('TRUONG_DON_VI', 'u1'), { kind: 'AWARD_HISTORY', unitId: null }).read).toBe(
      false,
    );
  });
});
