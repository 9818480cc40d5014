import { certificatesApi } from '../../contract/certificates';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { checkCertificate } from './verification-queries';

/** The public certificate check (`/api/public/verify/:code`, no login). */
export const verificationRoutes =
  ({ db, config }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, certificatesApi, {
      verify: ({ params, query }) => checkCertificate(db, config.keysDir, params.code, query.s),
    });
  };
