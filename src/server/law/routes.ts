import { lawApi } from '../../contract/law';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { overrideLaw, setBaseSalary, updateLawSettings } from './law-commands';
import { evaluateSubject, lawSettings, proposalLaw, suggestionsFor, unitQuotaCheck } from './law-queries';
import { proposalQuota, quotaStatus } from './quota-queries';

export const lawRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, lawApi, {
      evaluate: ({ body }, { user }) => evaluateSubject(db, clock, user, body),
      quotaCheck: ({ query }, { user }) => unitQuotaCheck(db, user, query),
      quotaStatus: ({ query }, { user }) => quotaStatus(db, user, query.year),
      proposalQuota: ({ params }, { user }) => proposalQuota(db, user, params.id),
      suggestions: ({ query }, { user }) => suggestionsFor(db, user, query),
      settings: (_, { user }) => lawSettings(db, user),
      updateSettings: ({ body }, { user, actor }) => updateLawSettings(db, clock, user, actor, body),
      setBaseSalary: ({ body }, { user, actor }) => setBaseSalary(db, clock, user, actor, body),
      proposalVerdict: ({ params }, { user }) => proposalLaw(db, clock, user, params.id),
      overrideLaw: ({ params, body }, { user, actor }) =>
        overrideLaw(db, clock, user, actor, params.id, body.reason),
    });
  };
