import { seesWholeCommune } from '../../core/auth/roles';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { notFound } from '../http/errors';

/** A proposal of the user's commune that the user may see (a unit head: their own unit's), or 404. */
export async function visibleProposal(db: Db, u: AuthUser, id: string) {
  const p = await db
    .selectFrom('proposals')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!p || (!seesWholeCommune(u.role) && p.unit_id !== u.unitId)) throw notFound('đề nghị khen thưởng');
  return p;
}
