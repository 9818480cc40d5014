import type { FastifyReply } from 'fastify';
import { documentsApi } from '../../contract/documents';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import {
  achievementReport,
  certificatesPreview,
  decisionAwardees,
  decisionDocument,
  meetingMemo,
  meetingMinutes,
  planDocument,
  proposalsMemo,
  statistics,
  yearEndReport,
} from './document-queries';
import { type FileOut, sendFile } from './file-reply';

/** Official documents (DOCX per Decree 30/2020/NĐ-CP) and spreadsheets, generated from the records. */
export const documentRoutes =
  ({ db, config, clock }: AppDeps): Feature =>
  async (app) => {
    const file = (reply: FastifyReply) => (f: FileOut) => sendFile(reply, f);
    bindAll(app, documentsApi, {
      planDocument: ({ params }, { user, reply }) => planDocument(db, user, params.id).then(file(reply)),
      decisionDocument: ({ params }, { user, reply }) =>
        decisionDocument(db, user, params.id).then(file(reply)),
      decisionAwardees: ({ params }, { user, reply }) =>
        decisionAwardees(db, user, params.id).then(file(reply)),
      certificatesPreview: ({ params }, { user, reply }) =>
        certificatesPreview(db, config.publicUrl, user, params.id).then(file(reply)),
      achievementReport: ({ params, query }, { user, reply }) =>
        achievementReport(db, clock, user, params.id, query).then(file(reply)),
      proposalsMemo: ({ query }, { user, reply }) =>
        proposalsMemo(db, clock, user, query.ids, query).then(file(reply)),
      meetingMemo: ({ params, query }, { user, reply }) =>
        meetingMemo(db, clock, user, params.id, query).then(file(reply)),
      meetingMinutes: ({ params, query }, { user, reply }) =>
        meetingMinutes(db, clock, user, params.id, query).then(file(reply)),
      yearEndReport: ({ query }, { user, reply }) => yearEndReport(db, clock, user, query).then(file(reply)),
      statistics: ({ query }, { user, reply }) => statistics(db, user, query.year).then(file(reply)),
    });
  };
