/** The commune's calendar of holidays and anniversaries (lịch ngày lễ, kỷ niệm) and the phase movements it suggests. */

import { CALENDAR_KIND_LABELS, type CalendarKind } from '../core/calendar';
import { Id, IdParams, IsoDate } from './common';
import { YearDeadlines } from './deadlines';
import { endpoint } from './endpoint';
import { z } from './zod';

const CALENDAR_KINDS = Object.keys(CALENDAR_KIND_LABELS) as [CalendarKind, ...CalendarKind[]];

/** A day of the commune's calendar. */
export const CalendarDay = z.object({
  /** The day's code (unique in the commune), e.g. `thanh-lap-dang`. */
  id: z.string(),
  /** The row's id (to change or delete the day). */
  rowId: Id,
  /** `MM-DD`. */
  date: z.string(),
  name: z.string(),
  kind: z.enum(CALENDAR_KINDS),
  kindLabel: z.string(),
  /** Year of the original event (absent: no anniversary number). */
  since: z.number().optional(),
  /** Step of a round anniversary (absent: 5). */
  yearsRound: z.number().optional(),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

/** A day of the calendar in a given year. */
export const Occurrence = z.object({
  entryId: z.string(),
  date: IsoDate,
  name: z.string(),
  kind: z.enum(CALENDAR_KINDS),
  years: z.number().nullable(),
  isRound: z.boolean(),
  isDecade: z.boolean(),
  title: z.string(),
});
export type Occurrence = z.infer<typeof Occurrence>;

/** A phase movement (thi đua theo đợt) suggested for round anniversaries. */
export const PhaseSuggestion = z.object({
  type: z.literal('THEO_DOT'),
  name: z.string(),
  occasions: z.array(Occurrence),
  startDate: IsoDate,
  endDate: IsoDate,
  reviewBy: IsoDate,
});
export type PhaseSuggestion = z.infer<typeof PhaseSuggestion>;

export const CalendarDayBody = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Thiếu mã ngày kỷ niệm')
    .max(60)
    .regex(/^[a-z0-9-]+$/, 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang'),
  monthDay: z.string().regex(/^\d{2}-\d{2}$/, 'Ngày cần dạng MM-DD, ví dụ 09-02'),
  name: z.string().trim().min(3, 'Tên ngày kỷ niệm quá ngắn').max(300),
  kind: z.enum(CALENDAR_KINDS, { message: 'Loại ngày kỷ niệm không hợp lệ' }),
  since: z.number().int().nullable().optional(),
  yearsRound: z.number().int().nullable().optional(),
});
export type CalendarDayBody = z.infer<typeof CalendarDayBody>;

const Year = z.coerce.number().int().min(2000).max(2100);

export const calendarApi = {
  deadlines: endpoint({
    method: 'GET',
    path: '/deadlines',
    summary:
      'Các thời hạn của năm (luật định, kế hoạch của xã, phong trào) kèm điều luật; trưởng đơn vị thấy thêm hạn của đơn vị mình',
    access: 'calendar.read',
    query: z.object({ year: Year.optional() }),
    response: YearDeadlines,
  }),
  listDays: endpoint({
    method: 'GET',
    path: '/calendar-days',
    summary: 'Lịch ngày lễ, kỷ niệm của xã và các ngày của một năm (mặc định năm nay)',
    access: 'calendar.read',
    query: z.object({ year: Year.optional() }),
    response: z.object({ year: z.number(), days: z.array(CalendarDay), occurrences: z.array(Occurrence) }),
  }),
  suggestions: endpoint({
    method: 'GET',
    path: '/calendar-days/suggestions',
    summary: 'Gợi ý phong trào thi đua theo đợt cho các ngày kỷ niệm năm chẵn của một năm',
    access: 'calendar.read',
    query: z.object({ year: Year }),
    response: z.array(PhaseSuggestion),
  }),
  createDay: endpoint({
    method: 'POST',
    path: '/calendar-days',
    summary: 'Thêm một ngày lễ, kỷ niệm',
    access: 'calendar.edit',
    body: CalendarDayBody,
    status: 201,
    response: z.object({ id: Id }),
    errors: ['INVALID_CALENDAR_DAY', 'VALIDATION'],
  }),
  updateDay: endpoint({
    method: 'PUT',
    path: '/calendar-days/:id',
    summary: 'Sửa một ngày lễ, kỷ niệm',
    access: 'calendar.edit',
    params: IdParams,
    body: CalendarDayBody,
    response: z.object({ id: Id }),
    errors: ['NOT_FOUND', 'INVALID_CALENDAR_DAY', 'VALIDATION'],
  }),
  deleteDay: endpoint({
    method: 'DELETE',
    path: '/calendar-days/:id',
    summary: 'Xóa một ngày lễ, kỷ niệm (không xóa được ngày đang gắn với một phong trào theo đợt)',
    access: 'calendar.edit',
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
    errors: ['NOT_FOUND', 'CALENDAR_DAY_IN_USE'],
  }),
  addDefaults: endpoint({
    method: 'POST',
    path: '/calendar-days/defaults',
    summary: 'Nạp các ngày lễ, kỷ niệm mặc định của cả nước mà xã chưa có',
    access: 'calendar.edit',
    response: z.object({ added: z.number() }),
  }),
};
