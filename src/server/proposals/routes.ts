import { proposalsApi } from '../../contract/proposals';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { actOnProposal, createProposal, updateProposal } from './proposal-commands';
import { getProposal, listProposals } from './proposal-queries';

export const proposalRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, proposalsApi, {
      listProposals: ({ query }, { user }) => listProposals(db, clock, user, query),
      getProposal: ({ params }, { user }) => getProposal(db, clock, user, params.id),
      createProposal: ({ body }, { user, actor }) => createProposal(db, clock, user, actor, body),
      updateProposal: ({ params, body }, { user, actor }) =>
        updateProposal(db, clock, user, actor, params.id, body),
      actOnProposal: ({ params, body }, { user, actor }) =>
        actOnProposal(db, clock, user, actor, params.id, params.action, body),
    });
  };
