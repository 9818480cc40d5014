import { auditApi } from '../../contract/audit';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { listAudit } from './audit-queries';

export const auditRoutes =
  ({ db }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, auditApi, {
      listAudit: ({ query }, { user }) => listAudit(db, user, query),
    });
  };
