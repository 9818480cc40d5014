/**
 * A commune's deadlines for a year: the law's dated ones, plus those set by its movements (registration,
 * end), its reviews (scoring, set by the commune's plan), its signed GĐVH / Thôn VH decisions
 * (publication) and its running public disclosures. Pure: the server loads the facts.
 */
import type { IsoDate } from '../calendar/iso-date';
import { DISCLOSURE_RULE } from '../dossier/disclosure-rules';
import type { Deadline } from './deadline';
import { CULTURE_AWARDS, culturePublishDeadlineOf, legalDeadlinesOf } from './legal-deadlines';

export interface MovementFacts {
  id: string;
  name: string;
  /** Open for registration (launched) or running. */
  open: boolean;
  /** The registration deadline (the movement's own, else its end, else the end of its year). */
  registrationDeadline: IsoDate;
  endDate: IsoDate | null;
  /** Units taking part and not yet registered. */
  unitsNotRegistered: readonly string[];
}

export interface ReviewFacts {
  id: string;
  title: string;
  scoreDeadline: IsoDate;
  /** Units of the review that have not sent their self-score yet. */
  unitsNotScored: readonly string[];
}

export interface DecisionFacts {
  id: string;
  awardCode: string;
  decisionDate: IsoDate;
  /** "12/QĐ-UBND". */
  reference: string;
}

export interface DisclosureFacts {
  id: string;
  title: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

export interface CommuneFacts {
  year: number;
  movements: readonly MovementFacts[];
  reviews: readonly ReviewFacts[];
  decisions: readonly DecisionFacts[];
  disclosures: readonly DisclosureFacts[];
}

const MOVEMENT_ARTICLE = 'Kế hoạch phát động phong trào của xã';
const REVIEW_ARTICLE = 'Kế hoạch tổng kết, bình xét của xã (hạn chấm điểm do cán bộ đặt khi mở đợt)';

/** Every deadline of the commune touching `year`, by date (officer's and units' together). */
export function communeDeadlines(f: CommuneFacts): Deadline[] {
  const out: Deadline[] = legalDeadlinesOf(f.year);
  for (const d of f.decisions) {
    if ((CULTURE_AWARDS as readonly string[]).includes(d.awardCode)) out.push(culturePublishDeadlineOf(d));
  }
  for (const m of f.movements) {
    if (m.open) {
      out.push({
        id: `REGISTRATION:${m.id}`,
        rule: 'REGISTRATION',
        date: m.registrationDeadline,
        action: 'REGISTRATION',
        label: `Hạn đăng ký thi đua: ${m.name}`,
        article: `${MOVEMENT_ARTICLE}; Điều 7 Nghị định 98/2023/NĐ-CP (đăng ký thi đua)`,
        kind: 'MOVEMENT',
        severity: 'REFUSE',
        tag: 'S',
        audience: 'OFFICER',
        refId: m.id,
        link: `/phong-trao/${m.id}`,
      });
      for (const unitId of m.unitsNotRegistered) {
        out.push({
          id: `REGISTRATION:${m.id}:${unitId}`,
          rule: 'REGISTRATION',
          date: m.registrationDeadline,
          action: 'REGISTRATION',
          label: `Đăng ký thi đua: ${m.name}`,
          article: MOVEMENT_ARTICLE,
          kind: 'MOVEMENT',
          severity: 'REFUSE',
          tag: 'S',
          audience: 'UNIT',
          unitId,
          refId: m.id,
          link: `/phong-trao/${m.id}`,
        });
      }
    }
    if (m.endDate) {
      out.push({
        id: `MOVEMENT_END:${m.id}`,
        rule: 'MOVEMENT_END',
        date: m.endDate,
        action: 'MOVEMENT_END',
        label: `Kết thúc phong trào (tổng kết): ${m.name}`,
        article: MOVEMENT_ARTICLE,
        kind: 'MOVEMENT',
        severity: 'REMIND',
        tag: 'S',
        audience: 'OFFICER',
        refId: m.id,
        link: `/phong-trao/${m.id}`,
      });
    }
  }
  for (const r of f.reviews) {
    out.push({
      id: `SELF_SCORE:${r.id}`,
      rule: 'SELF_SCORE',
      date: r.scoreDeadline,
      action: 'SELF_SCORE',
      label: `Hạn chấm điểm: ${r.title}`,
      article: REVIEW_ARTICLE,
      kind: 'PLAN',
      severity: 'REMIND',
      tag: 'S',
      audience: 'OFFICER',
      refId: r.id,
      link: `/cham-diem/${r.id}`,
    });
    for (const unitId of r.unitsNotScored) {
      out.push({
        id: `SELF_SCORE:${r.id}:${unitId}`,
        rule: 'SELF_SCORE',
        date: r.scoreDeadline,
        action: 'SELF_SCORE',
        label: `Tự chấm điểm và gửi báo cáo: ${r.title}`,
        article: REVIEW_ARTICLE,
        kind: 'PLAN',
        severity: 'REMIND',
        tag: 'S',
        audience: 'UNIT',
        unitId,
        refId: r.id,
        link: `/cham-diem/${r.id}`,
      });
    }
  }
  for (const d of f.disclosures) {
    out.push({
      id: `DISCLOSURE:${d.id}`,
      rule: 'DISCLOSURE',
      date: d.endsOn,
      action: 'DISCLOSURE',
      label: `Hết thời gian công khai "${d.title}": xử lý ý kiến, phản ánh rồi mới quyết định`,
      article: DISCLOSURE_RULE.article,
      kind: 'LEGAL',
      severity: 'REFUSE',
      tag: 'U',
      audience: 'OFFICER',
      refId: d.id,
      link: '/cong-khai-xet',
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** Who sees a deadline: officers see the commune's; a unit head sees their own unit's. */
export function deadlinesFor(
  list: readonly Deadline[],
  who: { wholeCommune: boolean; unitId: string | null },
): Deadline[] {
  return list.filter((d) =>
    who.wholeCommune ? d.audience === 'OFFICER' : d.audience === 'UNIT' && d.unitId === who.unitId,
  );
}
