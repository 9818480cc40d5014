import { calendarApi } from '../../contract/calendar';
import { yearIn } from '../clock';
import { yearDeadlines } from '../deadlines/deadline-queries';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { createDay, deleteDay, loadDefaultDays, updateDay } from './calendar-commands';
import { calendarOfYear, phaseSuggestions } from './calendar-queries';

/**
 * The commune's calendar of holidays and anniversaries (everyone reads it, the officers edit it) and the
 * year's deadlines with their articles.
 */
export const calendarRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, calendarApi, {
      deadlines: ({ query }, { user }) => yearDeadlines(db, clock, user, query.year),
      listDays: ({ query }, { user }) => calendarOfYear(db, user.tenantId, query.year ?? yearIn(clock)),
      suggestions: ({ query }, { user }) => phaseSuggestions(db, user.tenantId, query.year),
      createDay: ({ body }, { user, actor }) => createDay(db, clock, user, actor, body),
      updateDay: ({ params, body }, { user, actor }) => updateDay(db, clock, user, actor, params.id, body),
      deleteDay: ({ params }, { user, actor }) => deleteDay(db, clock, user, actor, params.id),
      addDefaults: (_, { user, actor }) => loadDefaultDays(db, clock, user, actor),
    });
  };
