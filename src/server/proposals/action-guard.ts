/** The shape of a check run inside the transaction before a proposal action is accepted. */
import type { Selectable, Transaction } from 'kysely';
import type { ProposalAction } from '../../core/dossier/proposal-workflow';
import type { Clock } from '../clock';
import type { Database, ProposalTable } from '../db/schema';

/** Hook for extra checks before an action is accepted (e.g. the law engine refusing to forward). */
export type ActionGuard = (
  trx: Transaction<Database>,
  p: Selectable<ProposalTable>,
  action: ProposalAction,
  input: { reason?: string | undefined },
  clock: Clock,
) => Promise<void>;
