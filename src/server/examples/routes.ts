import { examplesApi } from '../../contract/examples';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import {
  addExampleEntry,
  addReplication,
  createExample,
  linkAward,
  moveExample,
  updateExample,
} from './example-commands';
import { proposeExample } from './example-proposal';
import { getExample, listExamples, listPublicExamples } from './example-queries';

/**
 * Typical examples (điển hình tiên tiến, Law Art. 17(4)-(5)): officers manage, unit heads nominate, others
 * read; citizens see the summed-up and replicating ones (`/api/public/examples`, no login).
 */
export const exampleRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, examplesApi, {
      listExamples: ({ query }, { user }) => listExamples(db, user, query),
      getExample: ({ params }, { user }) => getExample(db, user, params.id),
      createExample: ({ body }, { user, actor }) => createExample(db, clock, user, actor, body),
      updateExample: ({ params, body }, { user, actor }) =>
        updateExample(db, clock, user, actor, params.id, body),
      moveExample: ({ params, body }, { user, actor }) =>
        moveExample(db, clock, user, actor, params.id, body),
      addEvidence: ({ params, body }, { user, actor }) =>
        addExampleEntry(db, clock, user, actor, params.id, 'EVIDENCE', body),
      addMedia: ({ params, body }, { user, actor }) =>
        addExampleEntry(db, clock, user, actor, params.id, 'MEDIA', body),
      addNurturing: ({ params, body }, { user, actor }) =>
        addExampleEntry(db, clock, user, actor, params.id, 'NURTURING', body),
      addReplication: ({ params, body }, { user, actor }) =>
        addReplication(db, clock, user, actor, params.id, body),
      linkAward: ({ params, body }, { user, actor }) =>
        linkAward(db, clock, user, actor, params.id, body.awardId),
      proposeExample: ({ params, body }, { user, actor }) =>
        proposeExample(db, clock, user, actor, params.id, body),
      listPublicExamples: () => listPublicExamples(db),
    });
  };
