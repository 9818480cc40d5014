import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { seesWholeCommune } from '../../core/auth/roles';
import { foldVietnamese } from '../../core/text';
import { certificatesFor } from '../certificates/certificate-data';
import type { AppDeps } from '../deps';
import { requireUser } from '../http/context';
import { forbidden } from '../http/errors';
import { renderAchievementReportDocx } from './achievement-report-document';
import { renderAwardeesXlsx } from './awardees-xlsx';
import { renderCertificatesPdf } from './certificate-pdf';
import { renderDecisionDocx } from './decision-document';
import {
  loadAchievementReport,
  loadDecisionDoc,
  loadMeetingMemo,
  loadMinutesData,
  loadPlanContent,
  loadProposalsMemo,
} from './document-sources';
import { renderMemoDocx } from './memo-document';
import { renderMinutesDocx } from './minutes-document';
import { renderPlanDocx } from './plan-document';
import { renderStatisticsXlsx } from './statistics-xlsx';
import { renderYearEndReportDocx } from './year-end-report-document';
import { loadYearFigures } from './year-figures';
import { loadTargetsSummary } from './year-targets';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const IdParams = z.object({ id: z.string().min(1) });
/** Lists several dossiers: rows the reader declared a conflict of interest with show their public part only. */
const LIST = { dossier: { list: true } } as const;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
/** Optional document number ("so"): without it, the number is left for the registry clerk to fill (a draft). */
const DocQuery = z.object({
  date: isoDate.optional(),
  so: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'Số văn bản phải là số')
    .optional(),
});
const YearQuery = DocQuery.extend({
  year: z.coerce
    .number({ message: 'Năm phải là số' })
    .int()
    .min(2000, 'Năm không hợp lệ')
    .max(2100, 'Năm không hợp lệ'),
});
const MemoQuery = DocQuery.extend({
  ids: z
    .string()
    .min(1, 'Chưa chọn đề nghị nào')
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .refine((a) => a.length > 0 && a.length <= 500, 'Chọn từ 1 đến 500 đề nghị'),
});

const today = () => new Date().toISOString().slice(0, 10);

/** "Kế hoạch TĐKT 2024.docx" → ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(name: string): string {
  const ascii = foldVietnamese(name)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const send = (reply: FastifyReply, type: string, name: string, buf: Buffer) =>
  reply
    .type(type)
    .header('content-disposition', contentDisposition(name))
    .header('cache-control', 'no-store')
    .send(buf);

/** Official documents (DOCX per Decree 30/2020/NĐ-CP) and spreadsheets, generated from the records. */
export const documentRoutes =
  ({ db, config }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/plans/:id/document.docx', { schema: { params: IdParams } }, async (req, reply) => {
      const u = requireUser(req);
      const plan = await loadPlanContent(db, u, req.params.id);
      return send(
        reply,
        DOCX,
        `Kế hoạch thi đua khen thưởng năm ${plan.year}.docx`,
        await renderPlanDocx(plan),
      );
    });

    app.get('/decisions/:id/document.docx', { schema: { params: IdParams } }, async (req, reply) => {
      const u = requireUser(req);
      const { doc, label } = await loadDecisionDoc(db, u, req.params.id);
      return send(reply, DOCX, `Quyết định ${label}.docx`, await renderDecisionDocx(doc));
    });

    app.get('/decisions/:id/awardees.xlsx', { schema: { params: IdParams } }, async (req, reply) => {
      const u = requireUser(req);
      const { doc, extra, label } = await loadDecisionDoc(db, u, req.params.id);
      return send(reply, XLSX, `Danh sách khen thưởng ${label}.xlsx`, await renderAwardeesXlsx(doc, extra));
    });

    /** The decision's certificates shown inline (the "Xem trước giấy khen" page embeds it before printing). */
    app.get(
      '/decisions/:id/certificates-preview.pdf',
      { schema: { params: IdParams } },
      async (req, reply) => {
        const u = requireUser(req);
        const { label } = await loadDecisionDoc(db, u, req.params.id);
        const items = await certificatesFor(db, u.tenantId, config.publicUrl, { decisionId: req.params.id });
        const name = `Giấy khen ${label}.pdf`;
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition(name).replace(/^attachment/, 'inline'))
          .header('cache-control', 'no-store')
          .send(await renderCertificatesPdf(items));
      },
    );

    app.get(
      '/proposals/:id/report.docx',
      {
        config: { dossier: { param: 'id', part: 'full-only' } },
        schema: { params: IdParams, querystring: DocQuery },
      },
      async (req, reply) => {
        const u = requireUser(req);
        const data = await loadAchievementReport(db, u, req.params.id, req.query.date ?? today());
        const who = data.kind === 'INDIVIDUAL' ? data.fullName : data.unitName;
        return send(reply, DOCX, `Báo cáo thành tích ${who}.docx`, await renderAchievementReportDocx(data));
      },
    );

    app.get(
      '/proposals/memo.docx',
      { config: LIST, schema: { querystring: MemoQuery } },
      async (req, reply) => {
        const u = requireUser(req);
        const date = req.query.date ?? today();
        const data = await loadProposalsMemo(db, u, req.query.ids, date, req.query.so ?? null);
        return send(reply, DOCX, `Tờ trình đề nghị khen thưởng ${date}.docx`, await renderMemoDocx(data));
      },
    );

    app.get(
      '/meetings/:id/memo.docx',
      { config: LIST, schema: { params: IdParams, querystring: DocQuery } },
      async (req, reply) => {
        const u = requireUser(req);
        const date = req.query.date ?? today();
        const data = await loadMeetingMemo(db, u, req.params.id, date, req.query.so ?? null);
        return send(reply, DOCX, `Tờ trình đề nghị khen thưởng ${date}.docx`, await renderMemoDocx(data));
      },
    );

    app.get(
      '/meetings/:id/minutes.docx',
      { config: LIST, schema: { params: IdParams, querystring: DocQuery } },
      async (req, reply) => {
        const u = requireUser(req);
        const data = await loadMinutesData(db, u, req.params.id, req.query.so ?? null);
        return send(
          reply,
          DOCX,
          `Biên bản họp Hội đồng TĐKT ${data.meetingDate}.docx`,
          await renderMinutesDocx(data),
        );
      },
    );

    app.get('/reports/year-end.docx', { schema: { querystring: YearQuery } }, async (req, reply) => {
      const u = requireUser(req);
      if (!seesWholeCommune(u.role))
        throw forbidden('Báo cáo tổng kết toàn xã không dành cho trưởng đơn vị.');
      const figures = await loadYearFigures(db, u.tenantId, req.query.year);
      const targets = await loadTargetsSummary(db, u.tenantId, req.query.year);
      const buf = await renderYearEndReportDocx({
        figures,
        date: req.query.date ?? today(),
        number: req.query.so ?? null,
        targets,
      });
      return send(reply, DOCX, `Báo cáo tổng kết thi đua khen thưởng năm ${req.query.year}.docx`, buf);
    });

    app.get('/reports/statistics.xlsx', { schema: { querystring: YearQuery } }, async (req, reply) => {
      const u = requireUser(req);
      if (!seesWholeCommune(u.role)) throw forbidden('Thống kê toàn xã không dành cho trưởng đơn vị.');
      const figures = await loadYearFigures(db, u.tenantId, req.query.year);
      return send(
        reply,
        XLSX,
        `Thống kê khen thưởng năm ${req.query.year}.xlsx`,
        await renderStatisticsXlsx(figures),
      );
    });
  };
