import type { ReactNode } from 'react';
import type { Decision } from '../../../contract/decisions';
import { RevokeButton } from './RevokeButton';

/**
 * Buttons that features add to a decision's page (document download, revocation …): `update` shows the
 * decision an action answered, `reload` fetches it again.
 */
export type DecisionAction = ((props: {
  decision: Decision;
  reload: () => Promise<void>;
  update: (d: Decision) => void;
}) => ReactNode) & {
  name: string;
};

export const DECISION_EXTRA_ACTIONS: DecisionAction[] = [RevokeButton];
