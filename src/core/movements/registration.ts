import { type IsoDate, isIsoDate } from '../calendar/iso-date';
import type { ErrorCode } from '../errors/error-codes';
import { formatDateVi } from '../text';
import type { MovementState } from './movement-lifecycle';

/**
 * Emulation registration (đăng ký thi đua): at the start of the year or of a movement, each unit and
 * individual registers the titles (danh hiệu) and targets it pledges, by a deadline. Registration is a
 * condition the eligibility rules read (`registeredFor`).
 */
export const SUBJECT_KINDS = ['UNIT', 'INDIVIDUAL'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export interface Registration {
  subjectKind: SubjectKind;
  subjectId: string;
  registeredOn: IsoDate;
  /** Title codes pledged, law catalogue codes (src/core/law/catalogue.ts), e.g. 'LDTT', 'TTLDTT'. */
  titles: string[];
  /** Target ids pledged (chỉ tiêu đăng ký). */
  targetIds?: string[];
  pledge?: string;
}

export interface Participant {
  kind: SubjectKind;
  id: string;
  name: string;
}

export interface RegistrationCheckInput {
  deadline: IsoDate;
  /** The day the registration is made (date, not time: the whole deadline day is accepted). */
  now: IsoDate;
  alreadyRegistered: boolean;
  /** When given, registration is only open while the movement is LAUNCHED or RUNNING. */
  movementState?: MovementState;
  titles: readonly string[];
  targetIds?: readonly string[];
}

export type RegistrationCheck = { ok: true } | { ok: false; code: ErrorCode; message: string };

const OPEN_STATES: readonly MovementState[] = ['LAUNCHED', 'RUNNING'];

export function checkRegistration(input: RegistrationCheckInput): RegistrationCheck {
  if (input.movementState && !OPEN_STATES.includes(input.movementState)) {
    return {
      ok: false,
      code: 'REGISTRATION_CLOSED',
      message:
        input.movementState === 'DRAFT'
          ? 'Phong trào chưa được phát động, chưa nhận đăng ký thi đua.'
          : 'Phong trào đã vào giai đoạn sơ kết, tổng kết, không nhận đăng ký thi đua.',
    };
  }
  if (!isIsoDate(input.now) || !isIsoDate(input.deadline)) {
    return { ok: false, code: 'INVALID_DATE', message: 'Ngày đăng ký hoặc hạn đăng ký không hợp lệ.' };
  }
  if (input.now > input.deadline) {
    return {
      ok: false,
      code: 'REGISTRATION_LATE',
      message: `Đã quá hạn đăng ký thi đua (hạn ${formatDateVi(input.deadline)}).`,
    };
  }
  if (input.alreadyRegistered) {
    return {
      ok: false,
      code: 'ALREADY_REGISTERED',
      message: 'Đã có bản đăng ký thi đua; hãy sửa bản đăng ký đã gửi thay vì đăng ký lại.',
    };
  }
  if (input.titles.length === 0 && (input.targetIds?.length ?? 0) === 0) {
    return {
      ok: false,
      code: 'NOTHING_PLEDGED',
      message: 'Cần đăng ký ít nhất một danh hiệu thi đua hoặc một chỉ tiêu.',
    };
  }
  return { ok: true };
}

const key = (kind: SubjectKind, id: string) => `${kind}:${id}`;

/** Participants with no registration, in the participants' order ("ai chưa đăng ký"). */
export function missingRegistrations(
  participants: readonly Participant[],
  registrations: readonly Registration[],
): Participant[] {
  const done = new Set(registrations.map((r) => key(r.subjectKind, r.subjectId)));
  return participants.filter((p) => !done.has(key(p.kind, p.id)));
}

/** Whether the subject registered for the title — a condition the eligibility rules read. */
export function registeredFor(
  registrations: readonly Registration[],
  kind: SubjectKind,
  subjectId: string,
  titleCode: string,
): boolean {
  return registrations.some(
    (r) => r.subjectKind === kind && r.subjectId === subjectId && r.titles.includes(titleCode),
  );
}

export interface RegistrationCoverage {
  participants: number;
  registered: number;
  missing: number;
  /** registered ÷ participants (0 when there are none). */
  share: number;
}

export function registrationCoverage(
  participants: readonly Participant[],
  registrations: readonly Registration[],
): RegistrationCoverage {
  const missing = missingRegistrations(participants, registrations).length;
  const registered = participants.length - missing;
  return {
    participants: participants.length,
    registered,
    missing,
    share: participants.length ? registered / participants.length : 0,
  };
}
