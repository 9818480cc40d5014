/** What an inbox task asks a unit to do (việc cần làm). */
export const INBOX_TASK_KINDS = ['REGISTER', 'SELF_SCORE', 'REMINDER', 'REVIEW_REPORT'] as const;
export type InboxTaskKind = (typeof INBOX_TASK_KINDS)[number];

/** An inbox task is open until the unit (or the officer) marks it done. */
export const INBOX_TASK_STATUSES = ['OPEN', 'DONE'] as const;
export type InboxTaskStatus = (typeof INBOX_TASK_STATUSES)[number];
