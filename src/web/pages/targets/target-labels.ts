import type { TargetState } from '../../../core/targets';

/** Tag colours of the target states (labels come from the core's status). */
export const STATE_COLORS: Record<TargetState, string> = {
  COMPLETED: 'green',
  ON_TRACK: 'blue',
  AT_RISK: 'orange',
  NO_DATA: 'default',
  NOT_COMPLETED: 'red',
};
