/** Official documents (DOCX per Decree 30/2020/NĐ-CP) and spreadsheets, generated from the records. */
import type { AuthUser } from '../auth/sessions';
import { certificatesFor } from '../certificates/certificate-data';
import { type Clock, todayIn } from '../clock';
import type { Db } from '../db/connect';
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
import { DOCX, documentFile, type FileOut, PDF, XLSX } from './file-reply';
import { renderMemoDocx } from './memo-document';
import { renderMinutesDocx } from './minutes-document';
import { renderPlanDocx } from './plan-document';
import { renderStatisticsXlsx } from './statistics-xlsx';
import { renderYearEndReportDocx } from './year-end-report-document';
import { loadYearFigures } from './year-figures';
import { loadTargetsSummary } from './year-targets';

/** The document's date and number as asked (today by the clock when no date is given; no number: a draft). */
export interface DocOptions {
  date?: string | undefined;
  so?: string | undefined;
}

export async function planDocument(db: Db, u: AuthUser, id: string): Promise<FileOut> {
  const plan = await loadPlanContent(db, u, id);
  return documentFile(DOCX, `Kế hoạch thi đua khen thưởng năm ${plan.year}.docx`, await renderPlanDocx(plan));
}

export async function decisionDocument(db: Db, u: AuthUser, id: string): Promise<FileOut> {
  const { doc, label } = await loadDecisionDoc(db, u, id);
  return documentFile(DOCX, `Quyết định ${label}.docx`, await renderDecisionDocx(doc));
}

export async function decisionAwardees(db: Db, u: AuthUser, id: string): Promise<FileOut> {
  const { doc, extra, label } = await loadDecisionDoc(db, u, id);
  return documentFile(XLSX, `Danh sách khen thưởng ${label}.xlsx`, await renderAwardeesXlsx(doc, extra));
}

/** The decision's certificates shown inline (the "Xem trước giấy khen" page embeds it before printing). */
export async function certificatesPreview(
  db: Db,
  publicUrl: string,
  u: AuthUser,
  id: string,
): Promise<FileOut> {
  const { label } = await loadDecisionDoc(db, u, id);
  const items = await certificatesFor(db, u.tenantId, publicUrl, { decisionId: id });
  return documentFile(PDF, `Giấy khen ${label}.pdf`, await renderCertificatesPdf(items), 'inline');
}

export async function achievementReport(
  db: Db,
  clock: Clock,
  u: AuthUser,
  id: string,
  q: DocOptions,
): Promise<FileOut> {
  const data = await loadAchievementReport(db, u, id, q.date ?? todayIn(clock));
  const who = data.kind === 'INDIVIDUAL' ? data.fullName : data.unitName;
  return documentFile(DOCX, `Báo cáo thành tích ${who}.docx`, await renderAchievementReportDocx(data));
}

export async function proposalsMemo(
  db: Db,
  clock: Clock,
  u: AuthUser,
  ids: string[],
  q: DocOptions,
): Promise<FileOut> {
  const date = q.date ?? todayIn(clock);
  const data = await loadProposalsMemo(db, clock, u, ids, date, q.so ?? null);
  return documentFile(DOCX, `Tờ trình đề nghị khen thưởng ${date}.docx`, await renderMemoDocx(data));
}

export async function meetingMemo(
  db: Db,
  clock: Clock,
  u: AuthUser,
  meetingId: string,
  q: DocOptions,
): Promise<FileOut> {
  const date = q.date ?? todayIn(clock);
  const data = await loadMeetingMemo(db, clock, u, meetingId, date, q.so ?? null);
  return documentFile(DOCX, `Tờ trình đề nghị khen thưởng ${date}.docx`, await renderMemoDocx(data));
}

export async function meetingMinutes(
  db: Db,
  clock: Clock,
  u: AuthUser,
  meetingId: string,
  q: DocOptions,
): Promise<FileOut> {
  const data = await loadMinutesData(db, clock, u, meetingId, q.so ?? null);
  return documentFile(
    DOCX,
    `Biên bản họp Hội đồng TĐKT ${data.meetingDate}.docx`,
    await renderMinutesDocx(data),
  );
}

/** The commune's year-end report; the targets as of the end of the year (or today for the current year). */
export async function yearEndReport(
  db: Db,
  clock: Clock,
  u: AuthUser,
  q: DocOptions & { year: number },
): Promise<FileOut> {
  const today = todayIn(clock);
  const figures = await loadYearFigures(db, u.tenantId, q.year);
  const targets = await loadTargetsSummary(db, u.tenantId, q.year, today);
  const buf = await renderYearEndReportDocx({
    figures,
    date: q.date ?? today,
    number: q.so ?? null,
    targets,
  });
  return documentFile(DOCX, `Báo cáo tổng kết thi đua khen thưởng năm ${q.year}.docx`, buf);
}

export async function statistics(db: Db, u: AuthUser, year: number): Promise<FileOut> {
  const figures = await loadYearFigures(db, u.tenantId, year);
  return documentFile(XLSX, `Thống kê khen thưởng năm ${year}.xlsx`, await renderStatisticsXlsx(figures));
}
