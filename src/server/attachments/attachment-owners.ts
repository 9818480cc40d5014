/**
 * The record a file is attached to, loaded in the user's commune (another commune's, or none: 404), and
 * what the user may do with its files (`core/files/attachment-access.ts`).
 */
import type { AttachmentOwner } from '../../contract/attachments';
import { type AttachmentAccess, attachmentAccess, type OwnerFacts } from '../../core/files/attachment-access';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { AppError, forbidden, notFound } from '../http/errors';
import { conflictOfInterest, conflictsOf } from '../proposals/dossier-access';

const WHAT: Record<AttachmentOwner['ownerKind'], string> = {
  PROPOSAL: 'đề nghị khen thưởng',
  TARGET: 'chỉ tiêu',
  EXAMPLE: 'điển hình tiên tiến',
  AWARD_HISTORY: 'khen thưởng đã có',
  INITIATIVE: 'sáng kiến',
  DISCIPLINE: 'kỷ luật',
  PENDING_MATTER: 'vụ việc đang xem xét',
};

/** The unit a person or a collective belongs to (a tổ: the unit above it), for the unit-head rule. */
async function unitOfSubject(
  db: Db,
  tenantId: string,
  s: { personId?: string | null; subjectUnitId?: string | null; householdId?: string | null },
): Promise<string | null> {
  if (s.personId) {
    const p = await db
      .selectFrom('people')
      .select('unit_id')
      .where('id', '=', s.personId)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return p?.unit_id ?? null;
  }
  if (s.subjectUnitId) {
    const o = await db
      .selectFrom('organisations')
      .select(['id', 'level', 'parent_id'])
      .where('id', '=', s.subjectUnitId)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    if (!o) return null;
    return o.level === 'TO' && o.parent_id ? o.parent_id : o.id;
  }
  if (s.householdId) {
    const h = await db
      .selectFrom('households')
      .select('unit_id')
      .where('id', '=', s.householdId)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return h?.unit_id ?? null;
  }
  return null;
}

/** The owner record's facts, or null when there is no such record in the commune. */
async function ownerFacts(db: Db, tenantId: string, o: AttachmentOwner): Promise<OwnerFacts | null> {
  const id = o.ownerId;
  switch (o.ownerKind) {
    case 'PROPOSAL': {
      const p = await db
        .selectFrom('proposals')
        .select(['id', 'tenant_id', 'unit_id', 'status'])
        .where('id', '=', id)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return p
        ? { kind: 'PROPOSAL', id: p.id, tenantId: p.tenant_id, unitId: p.unit_id, status: p.status }
        : null;
    }
    case 'TARGET': {
      const t = await db
        .selectFrom('targets')
        .select('responsible_unit_id')
        .where('id', '=', id)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return t ? { kind: 'TARGET', responsibleUnitId: t.responsible_unit_id } : null;
    }
    case 'EXAMPLE': {
      const e = await db
        .selectFrom('typical_examples')
        .select('unit_id')
        .where('id', '=', id)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return e ? { kind: 'EXAMPLE', unitId: e.unit_id } : null;
    }
    case 'AWARD_HISTORY': {
      const a = await db
        .selectFrom('award_history')
        .select(['person_id', 'subject_unit_id', 'household_id'])
        .where('id', '=', id)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      if (!a) return null;
      const unitId = await unitOfSubject(db, tenantId, {
        personId: a.person_id,
        subjectUnitId: a.subject_unit_id,
        householdId: a.household_id,
      });
      return { kind: 'AWARD_HISTORY', unitId };
    }
    case 'INITIATIVE':
    case 'DISCIPLINE': {
      const table = o.ownerKind === 'INITIATIVE' ? 'initiatives' : 'disciplines';
      const r = await db
        .selectFrom(table)
        .select('person_id')
        .where('id', '=', id)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      if (!r) return null;
      return { kind: o.ownerKind, unitId: await unitOfSubject(db, tenantId, { personId: r.person_id }) };
    }
    case 'PENDING_MATTER': {
      const m = await db
        .selectFrom('pending_matters')
        .select(['person_id', 'subject_unit_id'])
        .where('id', '=', id)
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      if (!m) return null;
      const unitId = await unitOfSubject(db, tenantId, {
        personId: m.person_id,
        subjectUnitId: m.subject_unit_id,
      });
      return { kind: 'PENDING_MATTER', unitId };
    }
  }
}

/** What the user may do with the files of this record; 404 when it is not a record of their commune. */
export async function ownerAccess(db: Db, u: AuthUser, o: AttachmentOwner): Promise<AttachmentAccess> {
  const facts = await ownerFacts(db, u.tenantId, o);
  if (!facts) throw notFound(WHAT[o.ownerKind]);
  const conflicts = facts.kind === 'PROPOSAL' ? await conflictsOf(db, u) : new Set<string>();
  return attachmentAccess({ role: u.role, unitId: u.unitId, tenantId: u.tenantId, conflicts }, facts);
}

/** Refuse unless the user may read the record's files (a declared conflict of interest: 403 with its own code). */
export async function requireRead(db: Db, u: AuthUser, o: AttachmentOwner): Promise<AttachmentAccess> {
  const access = await ownerAccess(db, u, o);
  if (access.refusal === 'CONFLICT_OF_INTEREST') throw conflictOfInterest();
  if (!access.read) throw forbidden(`Bạn không được xem tệp đính kèm của ${WHAT[o.ownerKind]} này.`);
  return access;
}

/** Refuse unless the user may attach files to, and delete files of, the record. */
export async function requireWrite(db: Db, u: AuthUser, o: AttachmentOwner): Promise<void> {
  const access = await requireRead(db, u, o);
  if (!access.write) {
    throw new AppError(
      'FORBIDDEN',
      o.ownerKind === 'PROPOSAL'
        ? 'Bạn không được đính kèm hoặc xóa tệp của đề nghị này (trưởng đơn vị: chỉ khi đề nghị của đơn vị mình đang soạn hoặc bị trả lại).'
        : `Bạn không được đính kèm hoặc xóa tệp của ${WHAT[o.ownerKind]} này.`,
    );
  }
}
