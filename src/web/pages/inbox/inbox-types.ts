/** An inbox task as the web reads it (moved here from the deleted movements/cycle-types.ts). */
export interface InboxTask {
  id: string;
  unitId: string;
  unitName: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  dueDate: string | null;
  status: 'OPEN' | 'DONE';
  doneAt: string | null;
  createdAt: string;
}
