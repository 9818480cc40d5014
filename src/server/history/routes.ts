import type { FastifyReply } from 'fastify';
import { historyApi } from '../../contract/history';
import type { AppDeps } from '../deps';
import { type FileOut, sendFile } from '../documents/file-reply';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { awardCard } from './award-card';
import {
  closePendingMatter,
  createAward,
  createDiscipline,
  createInitiative,
  createPendingMatter,
  deleteAward,
  deleteDiscipline,
  deleteInitiative,
  deletePendingMatter,
  updateAward,
  updateDiscipline,
  updateInitiative,
  updatePendingMatter,
} from './history-commands';
import { eligibilityOf, findSubjects, subjectHistory } from './history-queries';

/** A commune's history: lookup, award card, and the entries the law reads (awards, initiatives, disciplines, pending matters). */
export const historyRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    const file = (reply: FastifyReply) => (f: FileOut) => sendFile(reply, f);
    bindAll(app, historyApi, {
      findSubjects: ({ query }, { user }) => findSubjects(db, user, query.q),
      subjectHistory: ({ params }, { user }) => subjectHistory(db, user, params.kind, params.id),
      eligibility: ({ params, query }, { user }) =>
        eligibilityOf(db, clock, user, params.kind, params.id, query.year),
      awardCardDocx: ({ params }, { user, reply }) =>
        awardCard(db, user, params.kind, params.id, 'docx').then(file(reply)),
      awardCardXlsx: ({ params }, { user, reply }) =>
        awardCard(db, user, params.kind, params.id, 'xlsx').then(file(reply)),
      createAward: ({ body }, { user, actor }) => createAward(db, clock, user, actor, body),
      updateAward: ({ params, body }, { user, actor }) =>
        updateAward(db, clock, user, actor, params.id, body),
      deleteAward: ({ params, query }, { user, actor }) =>
        deleteAward(db, clock, user, actor, params.id, query.reason),
      createInitiative: ({ body }, { user, actor }) => createInitiative(db, clock, user, actor, body),
      updateInitiative: ({ params, body }, { user, actor }) =>
        updateInitiative(db, clock, user, actor, params.id, body),
      deleteInitiative: ({ params, query }, { user, actor }) =>
        deleteInitiative(db, clock, user, actor, params.id, query.reason),
      createDiscipline: ({ body }, { user, actor }) => createDiscipline(db, clock, user, actor, body),
      updateDiscipline: ({ params, body }, { user, actor }) =>
        updateDiscipline(db, clock, user, actor, params.id, body),
      deleteDiscipline: ({ params, query }, { user, actor }) =>
        deleteDiscipline(db, clock, user, actor, params.id, query.reason),
      createPendingMatter: ({ body }, { user, actor }) => createPendingMatter(db, clock, user, actor, body),
      updatePendingMatter: ({ params, body }, { user, actor }) =>
        updatePendingMatter(db, clock, user, actor, params.id, body),
      closePendingMatter: ({ params, body }, { user, actor }) =>
        closePendingMatter(db, clock, user, actor, params.id, body.closedOn),
      deletePendingMatter: ({ params, query }, { user, actor }) =>
        deletePendingMatter(db, clock, user, actor, params.id, query.reason),
    });
  };
