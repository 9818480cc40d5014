/** Tag colours of the movement states (labels come from the core's MOVEMENT_STATE_LABELS). */
export const STATE_COLORS: Record<string, string> = {
  DRAFT: 'default',
  LAUNCHED: 'blue',
  RUNNING: 'green',
  MID_REVIEW: 'gold',
  FINAL_REVIEW: 'orange',
  CLOSED: 'purple',
};
