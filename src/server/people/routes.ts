import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { seesWholeCommune } from '../../core/auth/roles';
import { comparePersonNames, foldVietnamese } from '../../core/text';
import { writeAudit } from '../audit/audit-log';
import { newId, nowIso } from '../db/ids';
import { containsText } from '../db/like-pattern';
import type { AppDeps } from '../http/app';
import { actorOf, requireUser } from '../http/context';
import { AppError, forbidden } from '../http/errors';

export const PERSON_CATEGORIES = [
  'CAN_BO',
  'CONG_CHUC',
  'VIEN_CHUC',
  'NGUOI_LAO_DONG',
  'NGUOI_LAO_DONG_TRUC_TIEP',
  'NONG_DAN',
  'HOC_SINH',
  'NGUOI_DAN',
] as const;

const PersonBody = z.object({
  fullName: z.string().trim().min(2, 'Họ và tên quá ngắn').max(100),
  gender: z.enum(['NAM', 'NU'], { message: 'Giới tính phải là NAM hoặc NU' }),
  birthYear: z
    .number()
    .int()
    .min(1900, 'Năm sinh không hợp lệ')
    .max(2030, 'Năm sinh không hợp lệ')
    .nullable()
    .optional(),
  position: z.string().trim().max(200).nullable().optional(),
  category: z.enum(PERSON_CATEGORIES, { message: 'Đối tượng không hợp lệ' }),
  unitId: z.string().min(1, 'Chưa chọn đơn vị'),
  isLeader: z.boolean().optional(),
});

export const peopleRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/people',
      { schema: { querystring: z.object({ q: z.string().optional(), unitId: z.string().optional() }) } },
      async (req) => {
        const u = requireUser(req);
        let q = db
          .selectFrom('people')
          .innerJoin('organisations as o', 'o.id', 'people.unit_id')
          .select([
            'people.id',
            'people.full_name',
            'people.gender',
            'people.birth_year',
            'people.position',
            'people.category',
            'people.unit_id',
            'people.is_leader',
            'o.name as unit_name',
          ])
          .where('people.tenant_id', '=', u.tenantId);
        if (!seesWholeCommune(u.role)) q = q.where('people.unit_id', '=', u.unitId ?? '-');
        else if (req.query.unitId) q = q.where('people.unit_id', '=', req.query.unitId);
        for (const word of foldVietnamese(req.query.q ?? '')
          .split(' ')
          .filter(Boolean)) {
          q = q.where(containsText('people.search_text', word));
        }
        const rows = await q.limit(2000).execute();
        return rows
          .sort((a, b) => comparePersonNames(a.full_name, b.full_name))
          .map((r) => ({
            id: r.id,
            fullName: r.full_name,
            gender: r.gender,
            birthYear: r.birth_year,
            position: r.position,
            category: r.category,
            unitId: r.unit_id,
            unitName: r.unit_name,
            isLeader: r.is_leader === 1,
          }));
      },
    );

    app.get('/households', async (req) => {
      const u = requireUser(req);
      let q = db.selectFrom('households').selectAll().where('tenant_id', '=', u.tenantId);
      if (!seesWholeCommune(u.role)) q = q.where('unit_id', '=', u.unitId ?? '-');
      const rows = await q.execute();
      return rows
        .sort((a, b) => comparePersonNames(a.head_name, b.head_name))
        .map((h) => ({ id: h.id, headName: h.head_name, unitId: h.unit_id, address: h.address }));
    });

    app.post('/people', { schema: { body: PersonBody } }, async (req, reply) => {
      const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'TRUONG_DON_VI']);
      const b = req.body;
      if (u.role === 'TRUONG_DON_VI' && b.unitId !== u.unitId)
        throw forbidden('Bạn chỉ được thêm người của đơn vị mình.');
      const unit = await db
        .selectFrom('organisations')
        .select('id')
        .where('id', '=', b.unitId)
        .where('tenant_id', '=', u.tenantId)
        .executeTakeFirst();
      if (!unit) throw new AppError('UNKNOWN_UNIT', 'Đơn vị không tồn tại trong xã.');
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('people')
          .values({
            id,
            tenant_id: u.tenantId,
            unit_id: b.unitId,
            household_id: null,
            full_name: b.fullName,
            search_text: foldVietnamese(b.fullName),
            gender: b.gender,
            birth_year: b.birthYear ?? null,
            position: b.position ?? null,
            category: b.category,
            is_leader: b.isLeader ? 1 : 0,
            citizen_id: null,
            created_at: nowIso(),
          })
          .execute();
        await writeAudit(trx, actorOf(req, u), {
          entityType: 'person',
          entityId: id,
          action: 'create',
          summary: `Thêm ${b.fullName}`,
          data: b,
        });
      });
      return reply.status(201).send({ id });
    });
  };
