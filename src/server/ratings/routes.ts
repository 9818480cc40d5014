import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERFORMANCE_RATING_LABELS, PERFORMANCE_RATINGS } from '../../core/scoring/ratings';
import { writeAudit } from '../audit/audit-log';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { AppError, notFound } from '../http/errors';
import { mapUniqueViolation } from '../plans/unique-violation';
import { importRatings } from './ratings-import';
import { isRatingManager, RATED_CATEGORIES, ratingRows, ratingScope } from './ratings-queries';
import { concurrentRating, saveRatings } from './ratings-store';
import { ratingsTemplate } from './ratings-template';

const Year = z.coerce
  .number()
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm không hợp lệ')
  .max(2100, 'Năm không hợp lệ');
const Rating = z.enum(PERFORMANCE_RATINGS, { message: 'Xếp loại phải là HTXSNV, HTTNV, HTNV hoặc KHTNV' });
/** A 5 MB workbook is some 50 000 rows, far more than a commune has; base64 adds a third. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Annual performance ratings of people (đánh giá, xếp loại chất lượng hằng năm): entry, template, import. */
export const ratingRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/ratings',
      { schema: { querystring: z.object({ year: Year, unitId: z.string().optional() }) } },
      async (req) => {
        const u = requireUser(req);
        const unitId = await ratingScope(db, u, req.query.unitId, false);
        return {
          year: req.query.year,
          unitId,
          canEdit: isRatingManager(u) || u.role === 'TRUONG_DON_VI',
          ratings: PERFORMANCE_RATINGS.map((code) => ({ code, label: PERFORMANCE_RATING_LABELS[code] })),
          rows: await ratingRows(db, u.tenantId, req.query.year, unitId),
        };
      },
    );

    app.put(
      '/ratings',
      { schema: { body: z.object({ year: Year, personId: z.string().min(1), rating: Rating.nullable() }) } },
      async (req) => {
        const u = requireUser(req);
        const b = req.body;
        const person = await db
          .selectFrom('people')
          .select(['id', 'full_name', 'unit_id', 'category'])
          .where('id', '=', b.personId)
          .where('tenant_id', '=', u.tenantId)
          .executeTakeFirst();
        if (!person) throw notFound('người được xếp loại');
        await ratingScope(db, u, person.unit_id, true);
        if (!RATED_CATEGORIES.includes(person.category)) {
          throw new AppError(
            'NOT_RATED',
            `${person.full_name} không thuộc diện đánh giá, xếp loại chất lượng hằng năm.`,
          );
        }
        await mapUniqueViolation(
          () =>
            db.transaction().execute(async (trx) => {
              if (b.rating)
                await saveRatings(
                  trx,
                  u.tenantId,
                  b.year,
                  [{ personId: person.id, rating: b.rating }],
                  'MANUAL',
                );
              else
                await trx
                  .deleteFrom('ratings')
                  .where('person_id', '=', person.id)
                  .where('year', '=', b.year)
                  .execute();
              await writeAudit(trx, actorOf(req, u), {
                entityType: 'person',
                entityId: person.id,
                action: b.rating ? 'rating' : 'rating-clear',
                summary: b.rating
                  ? `Xếp loại năm ${b.year} của ${person.full_name}: ${PERFORMANCE_RATING_LABELS[b.rating]}`
                  : `Xóa xếp loại năm ${b.year} của ${person.full_name}`,
                data: b,
              });
            }),
          concurrentRating,
        );
        return { ok: true };
      },
    );

    app.get(
      '/ratings/template.xlsx',
      { schema: { querystring: z.object({ year: Year, unitId: z.string().optional() }) } },
      async (req, reply) => {
        const u = requireUser(req);
        const unitId = await ratingScope(db, u, req.query.unitId, false);
        const unit = unitId
          ? await db.selectFrom('organisations').select('name').where('id', '=', unitId).executeTakeFirst()
          : undefined;
        const commune = await db
          .selectFrom('organisations')
          .select('name')
          .where('id', '=', u.tenantId)
          .executeTakeFirst();
        const name = unit?.name ?? commune?.name ?? '';
        const file = await ratingsTemplate(
          req.query.year,
          name,
          await ratingRows(db, u.tenantId, req.query.year, unitId),
        );
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="xep-loai-${req.query.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(`Xếp loại ${req.query.year} - ${name}.xlsx`)}`,
          )
          .send(file);
      },
    );

    app.post(
      '/ratings/import',
      {
        bodyLimit: Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024,
        schema: {
          body: z.object({
            year: Year,
            fileBase64: z
              .string()
              .min(1, 'Chưa chọn tệp Excel')
              .max(Math.ceil((MAX_FILE_BYTES * 4) / 3), 'Tệp quá lớn (tối đa 5 MB)'),
            fileName: z.string().trim().max(255).default('tệp Excel'),
            mode: z
              .enum(['all-or-nothing', 'clean-rows-only'], { message: 'Cách nhập không hợp lệ' })
              .default('all-or-nothing'),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req);
        await ratingScope(db, u, undefined, true);
        const b = req.body;
        const file = Buffer.from(b.fileBase64.replace(/^data:[^,]*,/, ''), 'base64');
        return importRatings(db, u, actorOf(req, u), file, b.year, b.mode, b.fileName);
      },
    );
  };
