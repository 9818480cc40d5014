import { can } from '../../core/auth/policy';
import { committeeIssuer } from '../../core/commune/commune-profile';
import { getAward } from '../../core/law';
import type { PlanContent } from '../../core/plan/plan-content';
import { PERFORMANCE_RATING_LABELS, type PerformanceRating } from '../../core/scoring/ratings';
import { formatDateVi } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import type { Clock } from '../clock';
import { meetingView } from '../council/meetings';
import { councilOn } from '../council/members';
import type { Db } from '../db/connect';
import { AppError, forbidden, notFound } from '../http/errors';
import { communeAuthority } from '../law/commune-authority';
import { communeProfileOf } from '../organisations/profile-queries';
import { conflictsOf, disclosedAmong, requireFullDossier } from '../proposals/dossier-access';
import type { AchievementReportData, ReceivedAward } from './achievement-report-document';
import type { AwardeeSheetRow } from './awardees-xlsx';
import type { DecisionDocData } from './decision-document';
import type { MemoData, MemoEntry } from './memo-document';
import type { BallotTallyView, MinutesData } from './minutes-document';

const INITIATIVE_LEVEL: Record<string, string> = {
  CO_SO: 'Cơ sở',
  HUYEN: 'Cấp huyện',
  TINH: 'Cấp tỉnh',
  BO: 'Cấp bộ',
  TOAN_QUOC: 'Toàn quốc',
};

/**
 * The commune as named in documents, from its profile (`commune_profiles`, or defaults derived from its
 * name): the issuer block, the seal's text, the place in dates ("Tân Việt, ngày …") and "xã Tân Việt".
 */
export async function communeNames(db: Db, tenantId: string) {
  const p = await communeProfileOf(db, tenantId);
  const name = p.communeName;
  return {
    name,
    lower: name.replace(/^Xã/, 'xã'),
    /** "ỦY BAN NHÂN DÂN XÃ TÂN VIỆT", as on the seal. */
    agency: p.agencyName,
    /** The header of a document of the People's Committee. */
    issuer: committeeIssuer(p),
    place: p.placeName,
    chairmanName: p.chairmanName,
    chairmanTitle: p.chairmanTitle,
  };
}

export async function loadPlanContent(db: Db, u: AuthUser, id: string): Promise<PlanContent> {
  const row = await db
    .selectFrom('plans')
    .select(['content'])
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!row) throw notFound('kế hoạch');
  return JSON.parse(row.content) as PlanContent;
}

/** The decision with its awardees in register order, as signed (revoked awards stay on the original). */
export async function loadDecisionDoc(
  db: Db,
  u: AuthUser,
  id: string,
): Promise<{ doc: DecisionDocData; extra: AwardeeSheetRow[]; label: string }> {
  const d = await db
    .selectFrom('decisions')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!d) throw notFound('quyết định');
  const awards = await db
    .selectFrom('awards')
    .selectAll()
    .where('decision_id', '=', id)
    .orderBy('register_number')
    .execute();
  const c = await communeNames(db, u.tenantId);
  const proposalIds = awards.map((a) => a.proposal_id).filter((x): x is string => x !== null);
  const meeting = proposalIds.length
    ? await db
        .selectFrom('meeting_items as i')
        .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
        .select('m.meeting_date')
        .where('i.proposal_id', 'in', proposalIds)
        .where('i.outcome', '=', 'RECOMMEND')
        .orderBy('m.meeting_date', 'desc')
        .executeTakeFirst()
    : undefined;
  const authority = await communeAuthority(db, u.tenantId, d.award_code, d.decision_date);
  const doc: DecisionDocData = {
    issuer: c.issuer,
    communeName: c.lower,
    number: d.number,
    symbol: d.symbol,
    date: d.decision_date,
    place: c.place,
    title: d.title,
    awardName: getAward(d.award_code)?.name ?? d.award_code,
    signerTitle: d.signer_title,
    signerName: d.signer_name,
    authority: {
      allowed: authority.allowed,
      article: authority.allowed ? (authority.decider?.article ?? null) : null,
      message: authority.message,
    },
    councilMeetingDate: meeting?.meeting_date ?? null,
    awardees: awards.map((a) => ({
      name: a.subject_name,
      description: a.subject_description,
      kind: a.subject_kind,
      achievement: a.achievement,
      amount: a.amount,
      amountNote: a.amount_note,
    })),
  };
  return {
    doc,
    extra: awards.map((a) => ({
      registerNumber: a.register_number,
      verifyCode: a.verify_code,
      revoked: a.revoked_at !== null,
    })),
    label: `${d.number}-${d.symbol}-${d.year}`,
  };
}

const ballotResult = (b: { result: unknown } | null, proposalId: string): BallotTallyView | null => {
  const r = b?.result as
    | {
        proposals?: {
          proposalId: string;
          agree: number;
          denominator: number;
          share: number;
          passed: boolean;
        }[];
        agree?: number;
        denominator?: number;
        share?: number;
        passed?: boolean;
      }
    | null
    | undefined;
  if (!r) return null;
  const p = r.proposals?.find((x) => x.proposalId === proposalId);
  if (p) return { agree: p.agree, denominator: p.denominator, share: p.share, passed: p.passed };
  if (typeof r.agree === 'number' && typeof r.denominator === 'number')
    return { agree: r.agree, denominator: r.denominator, share: r.share ?? 0, passed: r.passed === true };
  return null;
};

export async function loadMinutesData(
  db: Db,
  clock: Clock,
  u: AuthUser,
  meetingId: string,
  number: string | null,
): Promise<MinutesData> {
  const m = await meetingView(db, clock, u, meetingId);
  const c = await communeNames(db, u.tenantId);
  return {
    issuer: { parent: c.agency, name: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' },
    communeName: c.lower,
    place: c.place,
    number,
    title: m.title,
    meetingDate: m.meetingDate,
    meetingPlace: m.place,
    status: m.status,
    notes: m.notes,
    members: m.members.map((x) => ({
      name: x.name,
      role: x.role,
      roleLabel: x.roleLabel,
      present: x.present,
      writtenOpinion: x.writtenOpinion,
    })),
    quorumMessage: m.quorum.message,
    items: m.agenda.map((i) => ({
      position: i.position,
      subjectName: i.subjectName,
      unitName: i.unitName,
      awardName: i.awardName,
      discussion: i.discussion,
      conflicts: i.conflicts.map((x) => ({ name: x.name, reason: x.reason })),
      voteRule: { secretBallot: i.voteRule.secretBallot, article: i.voteRule.article },
      result: ballotResult(i.ballot, i.proposalId),
      outcome: i.outcome,
      outcomeReason: i.outcomeReason,
    })),
  };
}

/** In a document listing several dossiers, a row the reader declared a conflict with shows its public part only. */
export const HIDDEN_IN_DOCUMENT =
  '(Không hiển thị: người lập văn bản đã khai báo xung đột lợi ích với hồ sơ này)';

async function memoEntries(db: Db, clock: Clock, u: AuthUser, proposalIds: string[]): Promise<MemoEntry[]> {
  if (!proposalIds.length) return [];
  const tenantId = u.tenantId;
  const conflicts = await conflictsOf(db, u);
  const disclosed = await disclosedAmong(
    db,
    clock,
    proposalIds.filter((id) => conflicts.has(id)),
  );
  const rows = await db
    .selectFrom('proposals as p')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .leftJoin('people as pe', 'pe.id', 'p.person_id')
    .select([
      'p.id',
      'p.subject_name',
      'p.subject_kind',
      'p.award_code',
      'p.achievement',
      'o.name as unit_name',
      'pe.position',
    ])
    .where('p.tenant_id', '=', tenantId)
    .where('p.id', 'in', proposalIds)
    .execute();
  if (rows.length !== new Set(proposalIds).size)
    throw new AppError('NOT_FOUND', 'Có đề nghị không tồn tại trong danh sách đã chọn.');
  const byId = new Map(rows.map((r) => [r.id, r]));
  return proposalIds.map((id) => {
    const r = byId.get(id);
    if (!r) throw notFound('đề nghị khen thưởng');
    return {
      name: r.subject_name,
      description:
        r.subject_kind === 'INDIVIDUAL' ? [r.position, r.unit_name].filter(Boolean).join(', ') : r.unit_name,
      kind: r.subject_kind,
      awardName: getAward(r.award_code)?.name ?? r.award_code,
      achievement: !conflicts.has(id) || disclosed.has(id) ? r.achievement : HIDDEN_IN_DOCUMENT,
      voteShare: null,
    };
  });
}

async function councilChair(db: Db, tenantId: string, date: string) {
  const members = await councilOn(db, tenantId, date);
  return members.find((m) => m.role === 'CHU_TICH') ?? null;
}

/** The memo for the proposals a council meeting recommended, with each one's ballot share. */
export async function loadMeetingMemo(
  db: Db,
  clock: Clock,
  u: AuthUser,
  meetingId: string,
  date: string,
  number: string | null,
): Promise<MemoData> {
  const m = await meetingView(db, clock, u, meetingId);
  const recommended = m.agenda.filter((i) => i.outcome === 'RECOMMEND');
  if (!recommended.length) {
    throw new AppError(
      'DOCUMENT_INCOMPLETE',
      'Không thể tạo tờ trình: Hội đồng chưa đề nghị khen thưởng trường hợp nào tại cuộc họp này.',
      { missing: ['trường hợp được Hội đồng đề nghị'] },
    );
  }
  const entries = await memoEntries(
    db,
    clock,
    u,
    recommended.map((i) => i.proposalId),
  );
  recommended.forEach((i, k) => {
    const e = entries[k];
    if (e) e.voteShare = ballotResult(i.ballot, i.proposalId)?.share ?? null;
  });
  return memoFrame(db, u, entries, date, number, {
    date: m.meetingDate,
    present: m.members.filter((x) => x.present).length,
    total: m.members.length,
  });
}

export async function loadProposalsMemo(
  db: Db,
  clock: Clock,
  u: AuthUser,
  ids: string[],
  date: string,
  number: string | null,
): Promise<MemoData> {
  if (!can(u, 'commune-report.read'))
    throw forbidden('Tờ trình chỉ do cán bộ thi đua, khen thưởng hoặc lãnh đạo xã lập.');
  const entries = await memoEntries(db, clock, u, ids);
  return memoFrame(db, u, entries, date, number, null);
}

async function memoFrame(
  db: Db,
  u: AuthUser,
  entries: MemoEntry[],
  date: string,
  number: string | null,
  meeting: MemoData['meeting'],
): Promise<MemoData> {
  const c = await communeNames(db, u.tenantId);
  const chair = await councilChair(db, u.tenantId, date);
  return {
    issuer: { parent: c.agency, name: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' },
    communeName: c.lower,
    place: c.place,
    number,
    date,
    addressee: `Chủ tịch Ủy ban nhân dân ${c.lower}`,
    meeting,
    entries,
    signer: { authority: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: chair?.name ?? '' },
  };
}

/** The achievement report of a proposal's subject, from the records (ratings, initiatives, awards, discipline). */
export async function loadAchievementReport(
  db: Db,
  u: AuthUser,
  proposalId: string,
  date: string,
): Promise<AchievementReportData> {
  await requireFullDossier(db, u, proposalId); // tenancy, unit-head visibility, conflicts of interest
  const p = await db
    .selectFrom('proposals')
    .selectAll()
    .where('id', '=', proposalId)
    .executeTakeFirstOrThrow();
  const c = await communeNames(db, u.tenantId);
  const awardName = getAward(p.award_code)?.name ?? p.award_code;
  const received = async (col: 'person_id' | 'subject_unit_id', id: string): Promise<ReceivedAward[]> => {
    const rows = await db
      .selectFrom('awards as a')
      .innerJoin('decisions as d', 'd.id', 'a.decision_id')
      .select(['a.award_code', 'a.year', 'd.number', 'd.symbol', 'd.decision_date', 'd.signer_title'])
      .where(`a.${col}`, '=', id)
      .where('a.revoked_at', 'is', null)
      // Not the award this very proposal led to: the report is about what came before it.
      .where((eb) => eb.or([eb('a.proposal_id', 'is', null), eb('a.proposal_id', '!=', proposalId)]))
      .where('a.tenant_id', '=', u.tenantId)
      .orderBy('a.year')
      .execute();
    return rows.map((r) => ({
      year: r.year,
      awardName: getAward(r.award_code)?.name ?? r.award_code,
      kind: getAward(r.award_code)?.kind ?? 'HINH_THUC',
      decision: `Quyết định số ${r.number}/${r.symbol} ngày ${formatDateVi(r.decision_date)}`,
      issuer: `${r.signer_title.charAt(0)}${r.signer_title.slice(1).toLowerCase()} UBND ${c.lower}`,
    }));
  };
  const ratingLabel = (r: PerformanceRating) => PERFORMANCE_RATING_LABELS[r];
  const common = { place: c.place, date, awardName, year: p.year, achievement: p.achievement };
  if (p.subject_kind === 'INDIVIDUAL' && p.person_id) {
    const pe = await db
      .selectFrom('people as pe')
      .innerJoin('organisations as o', 'o.id', 'pe.unit_id')
      .leftJoin('households as h', 'h.id', 'pe.household_id')
      .select([
        'pe.full_name',
        'pe.gender',
        'pe.birth_year',
        'pe.position',
        'pe.category',
        'o.name as unit_name',
        'h.address',
      ])
      .where('pe.id', '=', p.person_id)
      .executeTakeFirstOrThrow();
    return {
      kind: 'INDIVIDUAL',
      ...common,
      fullName: pe.full_name,
      gender: pe.gender,
      birthYear: pe.birth_year,
      position: pe.position,
      unitName: pe.unit_name,
      residence: pe.address,
      category: pe.category,
      ratings: (
        await db
          .selectFrom('ratings')
          .select(['year', 'rating'])
          .where('person_id', '=', p.person_id)
          .orderBy('year')
          .execute()
      ).map((r) => ({ year: r.year, rating: ratingLabel(r.rating) })),
      initiatives: (
        await db
          .selectFrom('initiatives')
          .select(['year', 'title', 'level', 'recognition_ref'])
          .where('person_id', '=', p.person_id)
          .orderBy('year')
          .execute()
      ).map((i) => ({
        year: i.year,
        title: i.title,
        level: INITIATIVE_LEVEL[i.level] ?? i.level,
        recognitionRef: i.recognition_ref,
      })),
      disciplines: (
        await db
          .selectFrom('disciplines')
          .select(['kind', 'from_date', 'to_date', 'note'])
          .where('person_id', '=', p.person_id)
          .execute()
      ).map((x) => ({
        kind: x.kind,
        from: formatDateVi(x.from_date),
        to: x.to_date ? formatDateVi(x.to_date) : null,
        note: x.note,
      })),
      awardsReceived: await received('person_id', p.person_id),
    };
  }
  if (p.subject_kind === 'COLLECTIVE' && p.subject_unit_id) {
    const unit = await db
      .selectFrom('organisations')
      .select(['name', 'member_count'])
      .where('id', '=', p.subject_unit_id)
      .executeTakeFirstOrThrow();
    return {
      kind: 'COLLECTIVE',
      ...common,
      unitName: unit.name,
      parentName: c.agency,
      address: c.lower,
      memberCount: unit.member_count,
      ratings: (
        await db
          .selectFrom('ratings')
          .select(['year', 'rating'])
          .where('unit_id', '=', p.subject_unit_id)
          .where('person_id', 'is', null)
          .orderBy('year')
          .execute()
      ).map((r) => ({ year: r.year, rating: ratingLabel(r.rating) })),
      awardsReceived: await received('subject_unit_id', p.subject_unit_id),
    };
  }
  throw new AppError(
    'DOCUMENT_INCOMPLETE',
    'Không thể tạo báo cáo thành tích: mẫu báo cáo chỉ dành cho cá nhân hoặc tập thể (hộ gia đình xét theo Nghị định 86/2023/NĐ-CP).',
    { missing: ['cá nhân hoặc tập thể được đề nghị'] },
  );
}
