/** Changing registrations: register, edit before the deadline, remind the units missing (audited). */
import type { Transaction } from 'kysely';
import type { NewRegistration, Pledge, Registration } from '../../contract/registrations';
import { can } from '../../core/auth/policy';
import { getAward, mayHold, notHolderMessage } from '../../core/law';
import { checkRegistration, type SubjectKind } from '../../core/movements';
import { formatDateVi } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn, yearIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, forbidden, fromCore, notFound } from '../http/errors';
import { addInboxTasks, completeInboxTasks } from '../inbox/inbox-tasks';
import { deadlineOf, loadRegistration } from './registration-queries';

type RegistrationInput = NewRegistration;

type Movement = NonNullable<Awaited<ReturnType<typeof loadMovementRow>>>;
const loadMovementRow = (trx: Transaction<Database>, tenantId: string, id: string) =>
  trx
    .selectFrom('movements')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();

/**
 * Titles must be law catalogue codes of emulation titles (danh hiệu thi đua) for that kind of subject:
 * collective titles (TTLDTT, TTLDXS …) for a unit, individual titles (LDTT, CSTDCS …) for a person.
 */
function checkTitles(kind: SubjectKind, titles: readonly string[]): void {
  for (const code of titles) {
    const award = getAward(code);
    if (award?.kind !== 'DANH_HIEU') {
      throw new AppError(
        'UNKNOWN_TITLE',
        `"${code}" không phải là mã danh hiệu thi đua trong danh mục (ví dụ LDTT, CSTDCS, TTLDTT, TTLDXS).`,
      );
    }
    const subject = kind === 'UNIT' ? 'COLLECTIVE' : 'INDIVIDUAL';
    if (!award.subjects.includes(subject)) {
      throw new AppError(
        'TITLE_NOT_FOR_SUBJECT',
        `Danh hiệu ${award.name} không dành cho ${kind === 'UNIT' ? 'tập thể' : 'cá nhân'}.`,
      );
    }
  }
}

/**
 * R-GEN-3: each title only for the person categories and unit kinds it is for (a pupil does not pledge
 * Lao động tiên tiến, a school does not pledge Thôn văn hóa), with the article.
 */
function checkHolders(
  kind: SubjectKind,
  titles: readonly string[],
  holder: string,
  armedForces: boolean,
): void {
  const subject = kind === 'UNIT' ? 'COLLECTIVE' : 'INDIVIDUAL';
  for (const code of titles) {
    const award = getAward(code);
    if (!award) continue;
    const scopeOk =
      subject !== 'COLLECTIVE' ||
      !award.collectiveScope ||
      (award.collectiveScope === 'XA' ? holder === 'XA' : holder === 'THON' || holder === 'TO');
    if (!scopeOk || !mayHold(award, subject, holder, armedForces)) {
      const why = notHolderMessage(award, subject, holder);
      throw new AppError(
        'TITLE_NOT_FOR_SUBJECT',
        `${why} Căn cứ: ${award.holders?.article ?? 'Luật Thi đua, khen thưởng 2022'}.`,
      );
    }
  }
}

/**
 * Who may register this subject and under which participating unit: the subject must be a participant
 * (or a sub-unit / person of one); a unit head registers only their own unit and its people.
 */
async function resolveSubject(
  trx: Transaction<Database>,
  u: AuthUser,
  m: Movement,
  b: RegistrationInput,
): Promise<{ unitId: string; ownerUnitId: string; name: string; holder: string; armedForces: boolean }> {
  const participants = new Set(
    (await trx.selectFrom('movement_units').select('unit_id').where('movement_id', '=', m.id).execute()).map(
      (r) => r.unit_id,
    ),
  );
  let unitId: string;
  let name: string;
  let holder: string;
  if (b.subjectKind === 'UNIT') {
    const o = await trx
      .selectFrom('organisations')
      .select(['id', 'name', 'kind', 'level'])
      .where('id', '=', b.subjectId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!o) throw new AppError('UNKNOWN_UNIT', 'Đơn vị đăng ký không thuộc xã.');
    unitId = o.id;
    name = o.name;
    holder = o.level === 'XA' ? 'XA' : o.kind;
  } else {
    const p = await trx
      .selectFrom('people')
      .select(['id', 'full_name', 'unit_id', 'category'])
      .where('id', '=', b.subjectId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!p) throw new AppError('UNKNOWN_PERSON', 'Cá nhân đăng ký không có trong danh sách của xã.');
    unitId = p.unit_id;
    name = p.full_name;
    holder = p.category;
  }
  // unit_id stores the subject's own unit (a person's unit, or the unit itself); the participant it
  // registers under is that unit or its parent.
  const unit = await trx
    .selectFrom('organisations')
    .select(['id', 'parent_id', 'kind'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  const owner = participants.has(unit.id)
    ? unit.id
    : unit.parent_id && participants.has(unit.parent_id)
      ? unit.parent_id
      : null;
  if (!owner)
    throw new AppError('NOT_A_PARTICIPANT', `${name} không thuộc đơn vị tham gia phong trào "${m.name}".`);
  if (!can(u, 'registration.write', { unitId: owner })) {
    throw forbidden('Bạn chỉ được đăng ký thi đua cho đơn vị mình và người của đơn vị mình.');
  }
  // A person of the commune's military unit (militia) may hold the titles built on Chiến sĩ tiên tiến.
  return {
    unitId,
    ownerUnitId: owner,
    name,
    holder,
    armedForces: b.subjectKind === 'INDIVIDUAL' && unit.kind === 'QUAN_SU',
  };
}

async function guard(
  trx: Transaction<Database>,
  clock: Clock,
  u: AuthUser,
  movementId: string,
  b: RegistrationInput,
  alreadyRegistered: boolean,
) {
  const m = await loadMovementRow(trx, u.tenantId, movementId);
  if (!m) throw notFound('phong trào');
  checkTitles(b.subjectKind, b.titles);
  const check = checkRegistration({
    deadline: deadlineOf(m, yearIn(clock)),
    now: todayIn(clock),
    alreadyRegistered,
    movementState: m.status,
    titles: b.titles,
    targetIds: b.targetIds ?? [],
  });
  if (!check.ok) throw fromCore(check);
  const targetIds = [...new Set(b.targetIds ?? [])];
  if (targetIds.length) {
    const found = await trx
      .selectFrom('targets')
      .select('id')
      .where('tenant_id', '=', u.tenantId)
      .where('id', 'in', targetIds)
      .execute();
    if (found.length !== targetIds.length)
      throw new AppError('UNKNOWN_TARGET', 'Có chỉ tiêu đăng ký không thuộc kế hoạch của xã.');
  }
  const subject = await resolveSubject(trx, u, m, b);
  checkHolders(b.subjectKind, b.titles, subject.holder, subject.armedForces);
  return { m, subject };
}

export async function register(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  movementId: string,
  b: RegistrationInput,
): Promise<Registration> {
  const id = await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('registrations')
      .select('id')
      .where('tenant_id', '=', u.tenantId)
      .where('movement_id', '=', movementId)
      .where('subject_kind', '=', b.subjectKind)
      .where('subject_id', '=', b.subjectId)
      .executeTakeFirst();
    const { m, subject } = await guard(trx, clock, u, movementId, b, existing !== undefined);
    const id = newId();
    const now = isoNow(clock);
    await trx
      .insertInto('registrations')
      .values({
        id,
        tenant_id: u.tenantId,
        year: m.year ?? yearIn(clock),
        movement_id: m.id,
        subject_kind: b.subjectKind,
        subject_id: b.subjectId,
        unit_id: subject.unitId,
        titles: JSON.stringify([...new Set(b.titles)].sort()),
        target_ids: JSON.stringify(b.targetIds ?? []),
        pledge: b.pledge?.trim() || null,
        registered_on: todayIn(clock),
        created_by: u.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (b.subjectKind === 'UNIT' && subject.unitId === subject.ownerUnitId) {
      await completeInboxTasks(
        trx,
        clock,
        {
          tenantId: u.tenantId,
          unitId: subject.ownerUnitId,
          kinds: ['REGISTER', 'REMINDER'],
          movementId: m.id,
        },
        u.id,
      );
    }
    await writeAudit(trx, clock, actor, {
      entityType: 'registration',
      entityId: id,
      action: 'register',
      summary: `${subject.name} đăng ký thi đua phong trào "${m.name}": ${b.titles.join(', ') || 'chỉ tiêu'}`,
      data: { movementId: m.id, ...b },
    });
    return id;
  });
  return loadRegistration(db, u.tenantId, id);
}

export async function updateRegistration(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: Pledge,
): Promise<Registration> {
  await db.transaction().execute(async (trx) => {
    const r = await trx
      .selectFrom('registrations')
      .selectAll()
      .where('id', '=', id)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!r?.movement_id) throw notFound('bản đăng ký thi đua');
    const input: RegistrationInput = {
      ...b,
      subjectKind: r.subject_kind === 'UNIT' ? 'UNIT' : 'INDIVIDUAL',
      subjectId: r.subject_id,
    };
    const { subject } = await guard(trx, clock, u, r.movement_id, input, false);
    await trx
      .updateTable('registrations')
      .set({
        titles: JSON.stringify([...new Set(b.titles)].sort()),
        target_ids: JSON.stringify(b.targetIds ?? []),
        pledge: b.pledge?.trim() || null,
        updated_at: isoNow(clock),
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'registration',
      entityId: id,
      action: 'update',
      summary: `Sửa đăng ký thi đua của ${subject.name}`,
      data: { before: { titles: JSON.parse(r.titles) as unknown, pledge: r.pledge }, after: b },
    });
  });
  return loadRegistration(db, u.tenantId, id);
}

/** Reminds participating units that have not registered: one inbox task each, audited. */
export async function remindMissing(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  movementId: string,
  onlyUnitIds?: string[],
): Promise<{ reminded: string[] }> {
  return db.transaction().execute(async (trx) => {
    const m = await loadMovementRow(trx, u.tenantId, movementId);
    if (!m) throw notFound('phong trào');
    if (!['LAUNCHED', 'RUNNING'].includes(m.status))
      throw new AppError('REGISTRATION_CLOSED', 'Phong trào không ở giai đoạn nhận đăng ký, không cần nhắc.');
    const participants = await trx
      .selectFrom('movement_units as mu')
      .innerJoin('organisations as o', 'o.id', 'mu.unit_id')
      .select(['o.id', 'o.name'])
      .where('mu.movement_id', '=', m.id)
      .execute();
    const registered = new Set(
      (
        await trx
          .selectFrom('registrations')
          .select('subject_id')
          .where('movement_id', '=', m.id)
          .where('subject_kind', '=', 'UNIT')
          .execute()
      ).map((r) => r.subject_id),
    );
    const targets = participants.filter(
      (p) => !registered.has(p.id) && (!onlyUnitIds || onlyUnitIds.includes(p.id)),
    );
    if (targets.length === 0)
      throw new AppError('NOTHING_TO_REMIND', 'Tất cả đơn vị được chọn đã đăng ký thi đua.');
    const deadline = deadlineOf(m, yearIn(clock));
    await addInboxTasks(
      trx,
      clock,
      targets.map((p) => ({
        tenantId: u.tenantId,
        unitId: p.id,
        kind: 'REMINDER' as const,
        title: `Nhắc đăng ký thi đua: ${m.name} (hạn ${formatDateVi(deadline)})`,
        body: 'Đơn vị chưa gửi đăng ký thi đua. Đề nghị đăng ký trước hạn.',
        link: `/phong-trao/${m.id}`,
        dueDate: deadline,
        movementId: m.id,
        createdBy: u.id,
      })),
    );
    await writeAudit(trx, clock, actor, {
      entityType: 'movement',
      entityId: m.id,
      action: 'remind',
      summary: `Nhắc ${targets.length} đơn vị chưa đăng ký thi đua phong trào "${m.name}"`,
      data: { units: targets.map((t) => t.name) },
    });
    return { reminded: targets.map((t) => t.id) };
  });
}
