import type { FastifyReply } from 'fastify';
import { decisionsApi } from '../../contract/decisions';
import { REVOCATION_GROUND_CODES, REVOCATION_GROUNDS } from '../../core/decisions/decision-records';
import type { AppDeps } from '../deps';
import { type FileOut, sendFile } from '../documents/file-reply';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { awardCertificate, decisionCertificates } from './certificate-queries';
import { signDecision } from './decision-commands';
import { awardRegister, getDecision, listDecisions, previewDecision } from './decision-queries';
import { setFund } from './fund-commands';
import { fundStatus } from './fund-queries';
import { revokeDecision } from './revocation-commands';

const GROUNDS = REVOCATION_GROUND_CODES.map((code) => ({ code, label: REVOCATION_GROUNDS[code] }));

/** Decisions, the register of certificates, certificates to print, revocation and the year's fund. */
export const decisionRoutes =
  ({ db, config, clock }: AppDeps): Feature =>
  async (app) => {
    const signing = { db, clock, keysDir: config.keysDir };
    const file = (reply: FastifyReply) => (f: FileOut) => sendFile(reply, f);
    bindAll(app, decisionsApi, {
      listDecisions: (_, { user }) => listDecisions(db, user),
      getDecision: ({ params }, { user }) => getDecision(db, user, params.id),
      awardRegister: ({ query }, { user }) => awardRegister(db, user, query.year),
      signDecision: ({ body }, { user, actor }) => signDecision(signing, user, actor, body),
      previewDecision: ({ body }, { user }) => previewDecision(db, user, body),
      revokeDecision: ({ params, body }, { user, actor }) =>
        revokeDecision(signing, user, actor, params.id, body),
      revocationGrounds: async () => GROUNDS,
      decisionCertificates: ({ params }, { user, reply }) =>
        decisionCertificates(db, config.publicUrl, user, params.id).then(file(reply)),
      awardCertificate: ({ params }, { user, reply }) =>
        awardCertificate(db, config.publicUrl, user, params.id).then(file(reply)),
      getFund: ({ params }, { user }) => fundStatus(db, user.tenantId, params.year),
      setFund: ({ params, body }, { user, actor }) => setFund(db, clock, user, actor, params.year, body),
    });
  };
