import { assertQuotas } from '../law/quota-enforcement';
import type { ActionGuard } from './action-guard';

/** Submit, forward and approval count against the quotas of the award (signing checks them again). */
export const quotaGuard: ActionGuard = async (trx, p, action) => {
  if (action === 'submit' || action === 'forward' || action === 'approve')
    await assertQuotas(trx, p.tenant_id, [p], action);
};
