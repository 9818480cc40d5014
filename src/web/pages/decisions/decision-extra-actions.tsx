import type { Decision } from '../../api/types';

/** Buttons that later features add to a decision's page (document download, revocation …). */
export type DecisionAction = ((props: { decision: Decision; reload: () => Promise<void> }) => React.ReactNode) & { name: string };

export const DECISION_EXTRA_ACTIONS: DecisionAction[] = [];
