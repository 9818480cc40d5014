/**
 * Public disclosure (công khai) of proposed lists before a decision: the officer publishes a list and
 * handles comments and objections; anyone reads the lists and sends comments without signing in.
 */

import { OBJECTION_KINDS, OBJECTION_RESOLUTIONS, OBJECTION_STATUSES } from '../core/dossier/disclosure-rules';
import { PROPOSAL_STATUSES } from '../core/dossier/proposal-workflow';
import { Id, IdParams, IsoDate, Timestamp } from './common';
import { endpoint } from './endpoint';
import { isoDate } from './iso-date';
import { z } from './zod';

export const DisclosureRow = z.object({
  id: Id,
  title: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  /** Comments and objections not yet handled. */
  openObjections: z.number(),
  objections: z.number(),
});
export type DisclosureRow = z.infer<typeof DisclosureRow>;

export const Objection = z.object({
  id: Id,
  proposalId: Id,
  kind: z.enum(OBJECTION_KINDS),
  authorName: z.string().nullable(),
  content: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  resolution: z.string().nullable(),
  resolvedAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type Objection = z.infer<typeof Objection>;

export const DisclosureDetail = z.object({
  id: Id,
  title: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  items: z.array(
    z.object({
      proposalId: Id,
      subjectName: z.string(),
      awardName: z.string(),
      achievement: z.string(),
      unitName: z.string(),
      status: z.enum(PROPOSAL_STATUSES),
    }),
  ),
  /** Only those on proposals the reader may follow (a unit head: their own unit's; no conflicted dossier). */
  objections: z.array(Objection),
});
export type DisclosureDetail = z.infer<typeof DisclosureDetail>;

export const NewDisclosure = z.object({
  title: z.string().trim().min(5, 'Tiêu đề quá ngắn').max(300),
  startsOn: isoDate,
  endsOn: isoDate,
  proposalIds: z.array(z.string()).min(1, 'Chưa chọn đề nghị nào để công khai').max(2000),
});
export type NewDisclosure = z.infer<typeof NewDisclosure>;

export const ObjectionHandling = z.object({
  status: z.enum(OBJECTION_RESOLUTIONS, { message: 'Kết quả xử lý không hợp lệ' }),
  resolution: z.string().trim().min(5, 'Cần ghi rõ cách xử lý').max(3000),
});
export type ObjectionHandling = z.infer<typeof ObjectionHandling>;

export const PublicDisclosure = z.object({
  id: Id,
  title: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  commune: z.string(),
  /** Still taking comments (the period has not ended). */
  open: z.boolean(),
});
export type PublicDisclosure = z.infer<typeof PublicDisclosure>;

/** Only what is public: names, units, proposed award and achievement summary. */
export const PublicDisclosureDetail = PublicDisclosure.extend({
  items: z.array(
    z.object({
      proposalId: Id,
      subjectName: z.string(),
      unitName: z.string(),
      awardName: z.string(),
      achievement: z.string(),
    }),
  ),
});
export type PublicDisclosureDetail = z.infer<typeof PublicDisclosureDetail>;

export const NewObjection = z.object({
  proposalId: z.string().min(1, 'Chưa chọn người/tập thể được góp ý'),
  kind: z.enum(OBJECTION_KINDS, { message: 'Loại ý kiến phải là góp ý hoặc phản ánh' }),
  authorName: z.string().trim().max(100).optional(),
  authorContact: z.string().trim().max(100).optional(),
  content: z.string().trim().min(10, 'Nội dung ý kiến cần ít nhất 10 ký tự').max(3000, 'Nội dung quá dài'),
});
export type NewObjection = z.infer<typeof NewObjection>;

export const disclosuresApi = {
  listDisclosures: endpoint({
    method: 'GET',
    path: '/disclosures',
    summary: 'Các đợt công khai danh sách đề nghị, với số ý kiến nhận được',
    access: 'disclosure.read',
    response: z.array(DisclosureRow),
  }),
  getDisclosure: endpoint({
    method: 'GET',
    path: '/disclosures/:id',
    summary: 'Một đợt công khai: danh sách và các góp ý, phản ánh (trưởng đơn vị: của đơn vị mình)',
    access: 'disclosure.read',
    params: IdParams,
    response: DisclosureDetail,
    errors: ['NOT_FOUND'],
    dossier: { list: true },
  }),
  publishDisclosure: endpoint({
    method: 'POST',
    path: '/disclosures',
    summary: 'Công khai danh sách đề nghị để nhận góp ý, phản ánh',
    access: 'disclosure.publish',
    body: NewDisclosure,
    status: 201,
    response: DisclosureRow,
    errors: [
      'VALIDATION',
      'FORBIDDEN',
      'BAD_DATE',
      'DISCLOSURE_TOO_SHORT',
      'DISCLOSURE_IN_PAST',
      'UNKNOWN_PROPOSAL',
      'NOT_DISCLOSABLE',
    ],
  }),
  resolveObjection: endpoint({
    method: 'POST',
    path: '/objections/:id/resolve',
    summary: 'Ghi nhận cách xử lý một góp ý, phản ánh',
    access: 'objection.resolve',
    params: IdParams,
    body: ObjectionHandling,
    response: Objection,
    errors: ['VALIDATION', 'FORBIDDEN', 'NOT_FOUND', 'ALREADY_RESOLVED'],
  }),
  publicDisclosures: endpoint({
    method: 'GET',
    path: '/public/disclosures',
    summary: 'Các danh sách đang hoặc đã công khai (không cần đăng nhập)',
    access: 'public',
    response: z.array(PublicDisclosure),
  }),
  publicDisclosure: endpoint({
    method: 'GET',
    path: '/public/disclosures/:id',
    summary: 'Một danh sách công khai: người, tập thể được đề nghị và thành tích (không cần đăng nhập)',
    access: 'public',
    params: IdParams,
    response: PublicDisclosureDetail,
    errors: ['NOT_FOUND'],
  }),
  sendObjection: endpoint({
    method: 'POST',
    path: '/public/disclosures/:id/objections',
    summary: 'Gửi góp ý hoặc phản ánh về một người, tập thể trong danh sách công khai (không cần đăng nhập)',
    access: 'public',
    params: IdParams,
    body: NewObjection,
    status: 201,
    response: z.object({ id: Id, message: z.string() }),
    errors: ['VALIDATION', 'NOT_FOUND', 'DISCLOSURE_CLOSED', 'NOT_IN_LIST'],
  }),
};
