import type { ReactNode } from 'react';
import type { Decision } from '../../api/types';
import { RevokeButton } from './RevokeButton';

/** Buttons that features add to a decision's page (document download, revocation …). */
export type DecisionAction = ((props: { decision: Decision; reload: () => Promise<void> }) => ReactNode) & {
  name: string;
};

export const DECISION_EXTRA_ACTIONS: DecisionAction[] = [RevokeButton];
