import { MAX_RATING_FILE_BASE64, ratingsApi } from '../../contract/ratings';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { importRatings, setRating } from './ratings-commands';
import { listRatings, ratingsTemplateFile } from './ratings-queries';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Annual performance ratings of people (đánh giá, xếp loại chất lượng hằng năm): entry, template, import. */
export const ratingRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(
      app,
      ratingsApi,
      {
        listRatings: ({ query }, { user }) => listRatings(db, user, query),
        setRating: ({ body }, { user, actor }) => setRating(db, clock, user, actor, body),
        ratingsTemplate: async ({ query }, { user, reply }) => {
          const { file, name } = await ratingsTemplateFile(db, user, query);
          return reply
            .header('content-type', XLSX)
            .header(
              'content-disposition',
              `attachment; filename="xep-loai-${query.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(`Xếp loại ${query.year} - ${name}.xlsx`)}`,
            )
            .send(file);
        },
        importRatings: ({ body }, { user, actor }) => importRatings(db, clock, user, actor, body),
      },
      // the file travels in base64 inside the JSON body: the body limit is the file's, plus room for the rest
      { importRatings: { bodyLimit: MAX_RATING_FILE_BASE64 + 64 * 1024 } },
    );
  };
