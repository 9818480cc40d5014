/**
 * Who may read and who may change the files of one record, decided from the record (one function per
 * kind of owner). The server loads the record in the user's commune (another commune's: 404) and asks
 * here; the web is told `canEdit` from the same answer.
 *
 * - a proposal: read with the full dossier (`auth/dossier-access.ts`: not another unit's for a unit head,
 *   not a dossier one declared a conflict of interest with — the files are its private part); change:
 *   the officers at any stage (a signed original comes after the decision), the proposing unit's head
 *   while the proposal is in the unit's hands (draft or returned);
 * - a target: read by whoever reads targets; change by whoever reports its progress (the officers, the
 *   head of the responsible unit);
 * - a typical example: read by whoever reads it (a unit head: their unit's); change by whoever manages it;
 * - a history entry (award before, initiative, discipline, pending matter): the officers, and a unit head
 *   for their own unit's people and collectives.
 */

import { dossierAccess } from '../auth/dossier-access';
import { can, type PolicyActor } from '../auth/policy';
import { seesWholeCommune } from '../auth/roles';
import type { FileOwnerKind } from '../history/history-terms';

export interface AttachmentAccess {
  read: boolean;
  write: boolean;
  /** Why reading is refused when it is (a declared conflict of interest answers its own code). */
  refusal?: 'CONFLICT_OF_INTEREST';
}

export interface AttachmentActor extends PolicyActor {
  tenantId: string;
  /** Proposals this user declared a conflict of interest with. */
  conflicts: ReadonlySet<string>;
}

/** The owner record as the rules need it (loaded by the server from the user's commune). */
export type OwnerFacts =
  | { kind: 'PROPOSAL'; id: string; tenantId: string; unitId: string; status: string }
  | { kind: 'TARGET'; responsibleUnitId: string }
  | { kind: 'EXAMPLE'; unitId: string }
  | { kind: Exclude<FileOwnerKind, 'PROPOSAL' | 'TARGET' | 'EXAMPLE'>; unitId: string | null };

const NONE: AttachmentAccess = { read: false, write: false };

export function proposalAttachmentAccess(
  u: AttachmentActor,
  p: { id: string; tenantId: string; unitId: string; status: string },
): AttachmentAccess {
  if (!can(u, 'attachment.read')) return NONE;
  const access = dossierAccess({ ...u, conflicts: u.conflicts }, p);
  if (access === 'NONE') return NONE;
  if (access === 'PUBLIC') return { read: false, write: false, refusal: 'CONFLICT_OF_INTEREST' };
  const write =
    can(u, 'attachment.write', { unitId: p.unitId }) &&
    (seesWholeCommune(u.role) || p.status === 'DRAFT' || p.status === 'RETURNED');
  return { read: true, write };
}

export function targetAttachmentAccess(u: PolicyActor, t: { responsibleUnitId: string }): AttachmentAccess {
  if (!can(u, 'attachment.read') || !can(u, 'target.read')) return NONE;
  return {
    read: true,
    write: can(u, 'attachment.write') && can(u, 'target.report', { unitId: t.responsibleUnitId }),
  };
}

export function exampleAttachmentAccess(u: PolicyActor, e: { unitId: string }): AttachmentAccess {
  if (!can(u, 'attachment.read') || !can(u, 'example.read', { unitId: e.unitId })) return NONE;
  return { read: true, write: can(u, 'attachment.write') && can(u, 'example.manage') };
}

export function historyAttachmentAccess(u: PolicyActor, h: { unitId: string | null }): AttachmentAccess {
  if (!can(u, 'attachment.history.read', { unitId: h.unitId })) return NONE;
  return { read: true, write: can(u, 'attachment.history.write', { unitId: h.unitId }) };
}

/** The access to one record's files. */
export function attachmentAccess(u: AttachmentActor, owner: OwnerFacts): AttachmentAccess {
  switch (owner.kind) {
    case 'PROPOSAL':
      return proposalAttachmentAccess(u, owner);
    case 'TARGET':
      return targetAttachmentAccess(u, owner);
    case 'EXAMPLE':
      return exampleAttachmentAccess(u, owner);
    default:
      return historyAttachmentAccess(u, owner);
  }
}
