/** Sent by pages that close an inbox task, so the side menu's "Việc cần làm" badge counts again without a page change. */
export const INBOX_CHANGED = 'thidua:inbox-changed';
