import { disclosuresApi } from '../../contract/disclosures';
import { todayIn } from '../clock';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { publishDisclosure, resolveObjection, sendObjection } from './disclosure-commands';
import { getDisclosure, listDisclosures, publicDisclosure, publicDisclosures } from './disclosure-queries';

/**
 * Public disclosure (công khai): the officer publishes a list and handles comments and objections; the
 * public pages (no login) show the lists and take comments or objections from anyone.
 */
export const disclosureRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, disclosuresApi, {
      listDisclosures: (_, { user }) => listDisclosures(db, user),
      getDisclosure: ({ params }, { user }) => getDisclosure(db, user, params.id),
      publishDisclosure: ({ body }, { user, actor }) => publishDisclosure(db, clock, user, actor, body),
      resolveObjection: ({ params, body }, { user, actor }) =>
        resolveObjection(db, clock, user, actor, params.id, body),
      publicDisclosures: async () => publicDisclosures(db, todayIn(clock)),
      publicDisclosure: ({ params }) => publicDisclosure(db, todayIn(clock), params.id),
      sendObjection: ({ params, body }, { req }) => sendObjection(db, clock, String(req.id), params.id, body),
    });
  };
