import { inboxApi } from '../../contract/inbox';
import { upcomingDeadlines } from '../deadlines/deadline-queries';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { completeTask } from './inbox-commands';
import { inboxCount, listInbox } from './inbox-queries';

/**
 * The inbox (Việc cần làm): tasks sent to units — register for a movement, score yourself, send the
 * review report. A unit head sees their unit's tasks; the officer, chairman and admin see every unit's.
 */
export const inboxRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, inboxApi, {
      listInbox: ({ query }, { user }) => listInbox(db, user, query.status),
      inboxCount: (_, { user }) => inboxCount(db, user),
      upcomingDeadlines: ({ query }, { user }) => upcomingDeadlines(db, clock, user, query.days),
      completeTask: ({ params }, { user, actor }) => completeTask(db, clock, user, actor, params.id),
    });
  };
