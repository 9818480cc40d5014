import type { Db } from '../db/connect';

export const COUNCIL_ROLE_LABELS: Record<string, string> = {
  CHU_TICH: 'Chủ tịch Hội đồng', PHO_CHU_TICH: 'Phó Chủ tịch Hội đồng', THUONG_TRUC: 'Ủy viên thường trực', UY_VIEN: 'Ủy viên',
};

/** The council as it stands on `date` (members change; each membership has a term). */
export async function councilOn(db: Db, tenantId: string, date: string) {
  const rows = await db
    .selectFrom('council_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .select(['m.id', 'm.role', 'm.user_id', 'm.person_id', 'm.term_from', 'm.term_to', 'p.full_name', 'p.position', 'p.unit_id', 'o.name as unit_name'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.term_from', '<=', date)
    .where((eb) => eb.or([eb('m.term_to', 'is', null), eb('m.term_to', '>=', date)]))
    .execute();
  const order = ['CHU_TICH', 'PHO_CHU_TICH', 'THUONG_TRUC', 'UY_VIEN'];
  return rows
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))
    .map((r) => ({
      id: r.id, role: r.role, roleLabel: COUNCIL_ROLE_LABELS[r.role] ?? r.role, userId: r.user_id, personId: r.person_id,
      name: r.full_name, position: r.position, unitId: r.unit_id, unitName: r.unit_name,
    }));
}
export type CouncilMember = Awaited<ReturnType<typeof councilOn>>[number];

/**
 * Likely conflicts of interest for a nominee: the member is the nominee, or belongs to (or leads) the
 * nominee's unit, or the collective nominated is the member's own unit.
 */
export function suggestConflicts(members: CouncilMember[], nominee: { personId: string | null; unitId: string; subjectUnitId: string | null }) {
  const out: { memberId: string; reason: string }[] = [];
  for (const m of members) {
    if (nominee.personId && m.personId === nominee.personId) out.push({ memberId: m.id, reason: 'Thành viên là người được đề nghị' });
    else if (nominee.subjectUnitId && m.unitId === nominee.subjectUnitId) out.push({ memberId: m.id, reason: 'Thành viên thuộc tập thể được đề nghị' });
    else if (m.unitId === nominee.unitId) out.push({ memberId: m.id, reason: 'Thành viên cùng đơn vị với người được đề nghị' });
  }
  return out;
}
