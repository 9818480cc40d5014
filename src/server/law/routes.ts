import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../contract/iso-date';
import { getAward, MAX_YEAR, MIN_YEAR, PROFILE_SETTINGS, type ProvinceProfile } from '../../core/law';
import { writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { newId, nowIso, today } from '../db/ids';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { AppError, forbidden, notFound } from '../http/errors';
import { conflictedSubjects, conflictOfInterest } from '../proposals/dossier-access';
import { loadBaseSalaries, loadProfile } from './law-settings';
import { quotaCheck, unitSuggestions } from './unit-queries';
import { proposalVerdict, verdictFor } from './verdicts';

const Year = z.coerce
  .number({ message: 'Năm phải là số' })
  .int('Năm phải là số nguyên')
  .min(MIN_YEAR, `Năm không hợp lệ (từ ${MIN_YEAR})`)
  .max(MAX_YEAR, `Năm không hợp lệ (đến ${MAX_YEAR})`);
const IsoDate = isoDate;

export const EvaluateBody = z.object({
  awardCode: z.string().min(1, 'Chưa chọn danh hiệu, hình thức khen thưởng'),
  subjectKind: z.enum(['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'], {
    message: 'Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình',
  }),
  personId: z.string().nullable().optional(),
  subjectUnitId: z.string().nullable().optional(),
  householdId: z.string().nullable().optional(),
  year: Year,
  decisionDate: IsoDate.optional(),
});

/** A unit head sees only their own unit (and its sub-units). */
function scopedUnit(u: AuthUser, unitId: string | undefined): string | undefined {
  if (u.role !== 'TRUONG_DON_VI') return unitId;
  if (unitId && unitId !== u.unitId) throw forbidden('Bạn chỉ xem được đơn vị mình.');
  return u.unitId ?? undefined;
}

/** A unit head evaluates only people, collectives and households of their own unit (their records are personal data). */
async function assertSubjectInUnit(
  db: AppDeps['db'],
  u: AuthUser,
  b: z.infer<typeof EvaluateBody>,
): Promise<void> {
  if (u.role !== 'TRUONG_DON_VI') return;
  const own = u.unitId ?? '-';
  let inside: boolean | null = null;
  if (b.subjectKind === 'INDIVIDUAL' && b.personId) {
    const p = await db
      .selectFrom('people')
      .select('unit_id')
      .where('id', '=', b.personId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (p) inside = p.unit_id === own;
  } else if (b.subjectKind === 'COLLECTIVE' && b.subjectUnitId) {
    const o = await db
      .selectFrom('organisations')
      .select(['id', 'parent_id'])
      .where('id', '=', b.subjectUnitId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (o) inside = o.id === own || o.parent_id === own;
  } else if (b.subjectKind === 'HOUSEHOLD' && b.householdId) {
    const h = await db
      .selectFrom('households')
      .select('unit_id')
      .where('id', '=', b.householdId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (h) inside = h.unit_id === own;
  }
  if (inside === false)
    throw forbidden('Bạn chỉ xem được hồ sơ của cá nhân, tập thể, hộ gia đình thuộc đơn vị mình.');
}

const ProfilePatch = z.object({
  requireRegistrationForTitles: z.boolean().optional(),
  cstdTinhTiming: z.enum(['SAME_YEAR_AS_3RD', 'YEAR_AFTER_3RD']).optional(),
  authorityFrom2025: z.enum(['COMMUNE_CHAIRMAN', 'PROVINCE_CHAIRMAN']).optional(),
  householdContributionMin: z.number().int().min(0).optional(),
  count2013TitlesInChains: z.boolean().optional(),
  amendingLaw: z.object({ enabled: z.boolean(), effectiveFrom: IsoDate }).optional(),
  sameAchievementPayHighestOnly: z.boolean().optional(),
  quotas: z
    .array(
      z.object({
        awardCode: z.string(),
        baseAwardCode: z.string(),
        ratio: z.number().min(0).max(1, 'Tỷ lệ từ 0 đến 1'),
        minOneIfFractional: z.boolean(),
        article: z.string().min(1),
        source: z.string(),
      }),
    )
    .optional(),
});

export const lawRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    /** Re-runs the law on a subject: refused for the subject of a dossier the user declared a conflict with. */
    app.post(
      '/law/evaluate',
      { config: { dossier: { list: true } }, schema: { body: EvaluateBody } },
      async (req) => {
        const u = requireUser(req);
        const b = req.body;
        if (!getAward(b.awardCode))
          throw new AppError(
            'UNKNOWN_AWARD',
            `Không có danh hiệu, hình thức khen thưởng mã "${b.awardCode}".`,
          );
        await assertSubjectInUnit(db, u, b);
        if ((await conflictedSubjects(db, u)).has(b)) throw conflictOfInterest();
        const verdict = await verdictFor(db, u.tenantId, b, b.awardCode, b.year, b.decisionDate ?? today());
        if (!verdict)
          throw new AppError(
            'SUBJECT_NOT_FOUND',
            'Không tìm thấy cá nhân, tập thể hoặc hộ gia đình được chọn.',
          );
        return verdict;
      },
    );

    app.get(
      '/law/quota-check',
      { schema: { querystring: z.object({ year: Year, unitId: z.string().optional() }) } },
      async (req) => {
        const u = requireUser(req);
        return quotaCheck(db, u.tenantId, req.query.year, scopedUnit(u, req.query.unitId));
      },
    );

    app.get(
      '/law/suggestions',
      {
        config: { dossier: { list: true } },
        schema: { querystring: z.object({ year: Year, unitId: z.string().optional() }) },
      },
      async (req) => {
        const u = requireUser(req);
        const list = await unitSuggestions(db, u.tenantId, req.query.year, scopedUnit(u, req.query.unitId));
        // Not the subjects of dossiers the reader declared a conflict with (their eligibility is the verdict).
        const hidden = (await conflictedSubjects(db, u)).ids;
        const keep = (s: { id: string }) => !hidden.has(s.id);
        return {
          ...list,
          suggestions: list.suggestions.map((s) => ({
            ...s,
            eligible: s.eligible.filter(keep),
            overQuota: s.overQuota.filter(keep),
          })),
        };
      },
    );

    app.get('/law/settings', async (req) => {
      const u = requireUser(req);
      return {
        profile: await loadProfile(db, u.tenantId),
        settings: PROFILE_SETTINGS,
        baseSalaries: await loadBaseSalaries(db, u.tenantId),
      };
    });

    app.put('/law/settings', { schema: { body: ProfilePatch } }, async (req) => {
      const u = requireUser(req, ['ADMIN']);
      const current = await loadProfile(db, u.tenantId);
      const next: ProvinceProfile = { ...current, ...req.body, name: current.name } as ProvinceProfile;
      await db.transaction().execute(async (trx) => {
        const exists = await trx
          .selectFrom('law_profiles')
          .select('tenant_id')
          .where('tenant_id', '=', u.tenantId)
          .executeTakeFirst();
        const row = { settings: JSON.stringify(next), updated_by: u.id, updated_at: nowIso() };
        if (exists)
          await trx.updateTable('law_profiles').set(row).where('tenant_id', '=', u.tenantId).execute();
        else
          await trx
            .insertInto('law_profiles')
            .values({ tenant_id: u.tenantId, ...row })
            .execute();
        await writeAudit(trx, actorOf(req, u), {
          entityType: 'law_profile',
          entityId: u.tenantId,
          action: 'update',
          summary: 'Cập nhật thiết lập pháp lý của tỉnh',
          data: { before: current, after: next },
        });
      });
      return loadProfile(db, u.tenantId);
    });

    app.post(
      '/law/base-salaries',
      {
        schema: {
          body: z.object({
            from: IsoDate,
            amount: z
              .number()
              .int('Số tiền phải là số nguyên đồng')
              .min(100_000, 'Mức lương cơ sở không hợp lệ')
              .max(100_000_000, 'Mức lương cơ sở không hợp lệ'),
            source: z.string().trim().min(3, 'Ghi văn bản quy định mức lương cơ sở'),
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, ['ADMIN']);
        await db.transaction().execute(async (trx) => {
          await trx
            .deleteFrom('law_base_salaries')
            .where('tenant_id', '=', u.tenantId)
            .where('from_date', '=', req.body.from)
            .execute();
          await trx
            .insertInto('law_base_salaries')
            .values({
              id: newId(),
              tenant_id: u.tenantId,
              from_date: req.body.from,
              amount: req.body.amount,
              source: req.body.source,
              created_by: u.id,
              created_at: nowIso(),
            })
            .execute();
          await writeAudit(trx, actorOf(req, u), {
            entityType: 'base_salary',
            entityId: req.body.from,
            action: 'set',
            summary: `Mức lương cơ sở từ ${req.body.from}: ${req.body.amount} đ (${req.body.source})`,
            data: req.body,
          });
        });
        return reply.status(201).send(await loadBaseSalaries(db, u.tenantId));
      },
    );

    app.get(
      '/proposals/:id/law',
      {
        config: { dossier: { param: 'id', part: 'full-only' } },
        schema: { params: z.object({ id: z.string() }) },
      },
      async (req) => {
        const u = requireUser(req);
        const p = await db
          .selectFrom('proposals')
          .selectAll()
          .where('id', '=', req.params.id)
          .where('tenant_id', '=', u.tenantId)
          .executeTakeFirst();
        if (!p || (u.role === 'TRUONG_DON_VI' && p.unit_id !== u.unitId))
          throw notFound('đề nghị khen thưởng');
        return proposalVerdict(db, p);
      },
    );

    app.post(
      '/proposals/:id/law-override',
      {
        config: { dossier: { param: 'id', part: 'full-only' } },
        schema: {
          params: z.object({ id: z.string() }),
          body: z.object({
            reason: z
              .string()
              .trim()
              .min(20, 'Lý do ngoại lệ phải nêu rõ căn cứ (ít nhất 20 ký tự)')
              .max(2000),
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH']);
        const result = await db.transaction().execute(async (trx) => {
          const p = await trx
            .selectFrom('proposals')
            .selectAll()
            .where('id', '=', req.params.id)
            .where('tenant_id', '=', u.tenantId)
            .executeTakeFirst();
          if (!p) throw notFound('đề nghị khen thưởng');
          const v = await proposalVerdict(trx, p);
          if (v.hard.length) {
            throw new AppError(
              'LAW_HARD_RULE',
              `Không thể ghi nhận ngoại lệ: có điều kiện bắt buộc của pháp luật chưa đạt — ${v.hard.map((f) => `${f.message} (${f.article})`).join('; ')}.`,
              { failures: v.hard },
            );
          }
          if (!v.openSoft.length)
            throw new AppError(
              'NOTHING_TO_OVERRIDE',
              'Đề nghị không có điều kiện nào cần ghi nhận ngoại lệ.',
            );
          const codes = v.openSoft.map((f) => f.code);
          const id = newId();
          await trx
            .insertInto('law_overrides')
            .values({
              id,
              tenant_id: u.tenantId,
              proposal_id: p.id,
              codes: JSON.stringify(codes),
              reason: req.body.reason,
              user_id: u.id,
              user_name: u.displayName,
              created_at: nowIso(),
            })
            .execute();
          await writeAudit(trx, actorOf(req, u), {
            entityType: 'proposal',
            entityId: p.id,
            action: 'law_override',
            summary: `Ghi nhận ngoại lệ điều kiện ${codes.join(', ')} — ${req.body.reason}`,
            data: { codes, reason: req.body.reason, failures: v.openSoft },
          });
          return proposalVerdict(trx, p);
        });
        return reply.status(201).send(result);
      },
    );
  };
