import type { ReactNode } from 'react';
import type { FileOwnerKind } from '../../../core/history/history-terms';

/**
 * Panels that features add under a history entry on the lookup page (the evidence files attached to an
 * award received, an initiative, a discipline or a pending matter): each gets the entry as the owner of its
 * records (`attachments.owner_kind` / `owner_id`). The rows of the awards table open to show them when the
 * list is not empty.
 */
export type HistoryEntryExtra = ((props: {
  ownerKind: FileOwnerKind;
  ownerId: string;
  canManage: boolean;
}) => ReactNode) & { name: string };

export const HISTORY_ENTRY_EXTRAS: HistoryEntryExtra[] = [];
