/** Changing public disclosures: publish a list, handle an objection, and a comment sent by anyone. */
import type {
  DisclosureRow,
  NewDisclosure,
  NewObjection,
  Objection,
  ObjectionHandling,
} from '../../contract/disclosures';
import { checkNewDisclosurePeriod } from '../../core/dossier/disclosure-rules';
import { formatDateVi } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { AppError, notFound } from '../http/errors';
import { objectionView } from './disclosure-queries';

/** Proposals still under review may be disclosed. */
const DISCLOSABLE = ['SUBMITTED', 'FORWARDED', 'APPROVED'];

/** Publish a list for public comment; answers its row in the list of disclosures. */
export async function publishDisclosure(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: NewDisclosure,
): Promise<DisclosureRow> {
  // Dates already past would leave nobody time to object: refused whoever calls (422, the field named).
  const period = checkNewDisclosurePeriod({ startsOn: b.startsOn, endsOn: b.endsOn }, todayIn(clock));
  if (!period.ok) {
    throw new AppError(period.code, period.message, [{ path: period.field, message: period.message }]);
  }
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const props = await trx
      .selectFrom('proposals')
      .select(['id', 'status', 'subject_name'])
      .where('tenant_id', '=', u.tenantId)
      .where('id', 'in', b.proposalIds)
      .execute();
    if (props.length !== new Set(b.proposalIds).size)
      throw new AppError('UNKNOWN_PROPOSAL', 'Có đề nghị không tồn tại.');
    const bad = props.filter((p) => !DISCLOSABLE.includes(p.status));
    if (bad.length)
      throw new AppError(
        'NOT_DISCLOSABLE',
        `Chỉ công khai đề nghị đang được xét: ${bad.map((p) => p.subject_name).join(', ')}.`,
      );
    await trx
      .insertInto('disclosures')
      .values({
        id,
        tenant_id: u.tenantId,
        title: b.title,
        starts_on: b.startsOn,
        ends_on: b.endsOn,
        created_by: u.id,
        created_at: isoNow(clock),
      })
      .execute();
    await trx
      .insertInto('disclosure_items')
      .values(props.map((p) => ({ disclosure_id: id, proposal_id: p.id })))
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'disclosure',
      entityId: id,
      action: 'publish',
      summary: `Công khai danh sách "${b.title}" (${props.length} đề nghị) từ ${formatDateVi(b.startsOn)} đến ${formatDateVi(b.endsOn)}`,
      data: b,
    });
    for (const p of props) {
      await writeAudit(trx, clock, actor, {
        entityType: 'proposal',
        entityId: p.id,
        action: 'disclose',
        summary: `Công khai đến hết ngày ${b.endsOn.split('-').reverse().join('/')}`,
      });
    }
  });
  return { id, title: b.title, startsOn: b.startsOn, endsOn: b.endsOn, openObjections: 0, objections: 0 };
}

const RESOLUTION_LABELS = {
  UPHELD: 'phản ánh đúng',
  DISMISSED: 'phản ánh không có cơ sở',
  NOTED: 'ghi nhận',
} as const;

/** Record how a comment or objection was handled (once); answers the objection as handled. */
export async function resolveObjection(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  objectionId: string,
  b: ObjectionHandling,
): Promise<Objection> {
  return db.transaction().execute(async (trx) => {
    const o = await trx
      .selectFrom('objections')
      .selectAll()
      .where('id', '=', objectionId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!o) throw notFound('ý kiến');
    if (o.status !== 'OPEN') throw new AppError('ALREADY_RESOLVED', 'Ý kiến này đã được xử lý.');
    const handled = {
      status: b.status,
      resolution: b.resolution,
      resolved_by: u.displayName,
      resolved_at: isoNow(clock),
    };
    const res = await trx
      .updateTable('objections')
      .set(handled)
      .where('id', '=', o.id)
      .where('status', '=', 'OPEN')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw new AppError('ALREADY_RESOLVED', 'Ý kiến này vừa được xử lý bởi người khác.');
    await writeAudit(trx, clock, actor, {
      entityType: 'proposal',
      entityId: o.proposal_id,
      action: 'objection-resolved',
      summary: `Xử lý ý kiến công khai: ${RESOLUTION_LABELS[b.status]} — ${b.resolution}`,
      data: { objectionId: o.id, status: b.status },
    });
    return objectionView({ ...o, ...handled });
  });
}

/** A comment or objection from anyone (no login) on a person or collective of a list still open. */
export async function sendObjection(
  db: Db,
  clock: Clock,
  requestId: string,
  disclosureId: string,
  b: NewObjection,
): Promise<{ id: string; message: string }> {
  return db.transaction().execute(async (trx) => {
    const d = await trx
      .selectFrom('disclosures')
      .selectAll()
      .where('id', '=', disclosureId)
      .executeTakeFirst();
    if (!d) throw notFound('danh sách công khai');
    const today = todayIn(clock);
    if (today < d.starts_on || today > d.ends_on)
      throw new AppError('DISCLOSURE_CLOSED', 'Danh sách này không còn trong thời gian nhận ý kiến.');
    const item = await trx
      .selectFrom('disclosure_items')
      .select('proposal_id')
      .where('disclosure_id', '=', d.id)
      .where('proposal_id', '=', b.proposalId)
      .executeTakeFirst();
    if (!item) throw new AppError('NOT_IN_LIST', 'Người/tập thể này không có trong danh sách công khai.');
    const id = newId();
    await trx
      .insertInto('objections')
      .values({
        id,
        tenant_id: d.tenant_id,
        disclosure_id: d.id,
        proposal_id: b.proposalId,
        kind: b.kind,
        author_name: b.authorName || null,
        author_contact: b.authorContact || null,
        content: b.content,
        status: 'OPEN',
        resolution: null,
        resolved_by: null,
        resolved_at: null,
        created_at: isoNow(clock),
      })
      .execute();
    await writeAudit(
      trx,
      clock,
      { id: null, displayName: b.authorName || 'Người dân (ẩn danh)', tenantId: d.tenant_id, requestId },
      {
        entityType: 'proposal',
        entityId: b.proposalId,
        action: b.kind === 'PHAN_ANH' ? 'objection' : 'comment',
        summary:
          b.kind === 'PHAN_ANH'
            ? 'Nhận phản ánh trong thời gian công khai'
            : 'Nhận góp ý trong thời gian công khai',
      },
    );
    return { id, message: 'Cảm ơn bạn. Ý kiến đã được ghi nhận và sẽ được xem xét, trả lời.' };
  });
}
