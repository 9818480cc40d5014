import { addDays, daysBetween, yearOf } from '../../core/calendar/iso-date';
import { isoNow, systemClock, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';

/**
 * The demo commune's 17 socio-economic targets (chỉ tiêu phát triển kinh tế - xã hội) — fictitious but
 * plausible figures. 2024 is reported in full and every target is met, so the summary computes
 * "17/17 chỉ tiêu hoàn thành" as the 2024 plan says. From 2025 on, finished years are reported in full
 * (16/17: CT05 missed); the current year has reports (quarterly, and the latest month) up to today,
 * three of them lagging so the dashboard shows targets at risk.
 */
interface SeedTarget {
  code: string;
  name: string;
  field: string;
  unit: string;
  direction: 'AT_LEAST' | 'AT_MOST';
  unitKey: string; // DEMO_UNITS key of the responsible unit
  baseline: number;
  planned: number;
  mid: number; // six-month figure 2024
  result: number; // year-end figure 2024
  next: number; // plan for the current year
  lagging?: boolean; // behind the linear path in the current year
}

const T: SeedTarget[] = [
  {
    code: 'CT01',
    name: 'Tốc độ tăng giá trị sản xuất trên địa bàn',
    field: 'KINH_TE',
    unit: '%',
    direction: 'AT_LEAST',
    unitKey: 'UBND',
    baseline: 0,
    planned: 8.5,
    mid: 4.3,
    result: 8.7,
    next: 9,
  },
  {
    code: 'CT02',
    name: 'Thu nhập bình quân đầu người',
    field: 'KINH_TE',
    unit: 'triệu đồng/người/năm',
    direction: 'AT_LEAST',
    unitKey: 'UBND',
    baseline: 58,
    planned: 62,
    mid: 60.1,
    result: 63.5,
    next: 67,
  },
  {
    code: 'CT03',
    name: 'Thu ngân sách nhà nước trên địa bàn',
    field: 'KINH_TE',
    unit: 'tỷ đồng',
    direction: 'AT_LEAST',
    unitKey: 'VP_UBND',
    baseline: 0,
    planned: 12,
    mid: 6.4,
    result: 12.8,
    next: 13.5,
    lagging: true,
  },
  {
    code: 'CT04',
    name: 'Tổng sản lượng lương thực có hạt',
    field: 'KINH_TE',
    unit: 'tấn',
    direction: 'AT_LEAST',
    unitKey: 'HOI_ND',
    baseline: 0,
    planned: 9800,
    mid: 5150,
    result: 10150,
    next: 10000,
  },
  {
    code: 'CT05',
    name: 'Diện tích sản xuất rau an toàn theo VietGAP',
    field: 'KINH_TE',
    unit: 'ha',
    direction: 'AT_LEAST',
    unitKey: 'HOI_ND',
    baseline: 38,
    planned: 45,
    mid: 42,
    result: 46.5,
    next: 52,
    lagging: true,
  },
  {
    code: 'CT06',
    name: 'Số tiêu chí xã nông thôn mới nâng cao đạt chuẩn',
    field: 'NONG_THON_MOI',
    unit: 'tiêu chí',
    direction: 'AT_LEAST',
    unitKey: 'UBND',
    baseline: 17,
    planned: 19,
    mid: 18,
    result: 19,
    next: 19,
  },
  {
    code: 'CT07',
    name: 'Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều)',
    field: 'AN_SINH_XA_HOI',
    unit: '%',
    direction: 'AT_MOST',
    unitKey: 'MTTQ',
    baseline: 3.4,
    planned: 2.5,
    mid: 2.9,
    result: 2.3,
    next: 1.9,
  },
  {
    code: 'CT08',
    name: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
    field: 'Y_TE',
    unit: '%',
    direction: 'AT_LEAST',
    unitKey: 'TYT',
    baseline: 91.8,
    planned: 93.5,
    mid: 92.7,
    result: 94.2,
    next: 95,
  },
  {
    code: 'CT09',
    name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân',
    field: 'Y_TE',
    unit: '%',
    direction: 'AT_MOST',
    unitKey: 'TYT',
    baseline: 8.9,
    planned: 8,
    mid: 8.4,
    result: 7.6,
    next: 7.2,
  },
  {
    code: 'CT10',
    name: 'Số trường học đạt chuẩn quốc gia',
    field: 'GIAO_DUC',
    unit: 'trường',
    direction: 'AT_LEAST',
    unitKey: 'TH',
    baseline: 2,
    planned: 3,
    mid: 2,
    result: 3,
    next: 3,
  },
  {
    code: 'CT11',
    name: 'Tỷ lệ học sinh hoàn thành chương trình tiểu học',
    field: 'GIAO_DUC',
    unit: '%',
    direction: 'AT_LEAST',
    unitKey: 'TH',
    baseline: 99.2,
    planned: 99.5,
    mid: 99.4,
    result: 100,
    next: 99.6,
  },
  {
    code: 'CT12',
    name: 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa"',
    field: 'VAN_HOA_XA_HOI',
    unit: '%',
    direction: 'AT_LEAST',
    unitKey: 'MTTQ',
    baseline: 90.5,
    planned: 92,
    mid: 91.2,
    result: 93.1,
    next: 93.5,
  },
  {
    code: 'CT13',
    name: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng và trước hạn',
    field: 'XAY_DUNG_CHINH_QUYEN',
    unit: '%',
    direction: 'AT_LEAST',
    unitKey: 'VP_UBND',
    baseline: 97,
    planned: 98,
    mid: 98.6,
    result: 99.1,
    next: 99,
  },
  {
    code: 'CT14',
    name: 'Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý',
    field: 'TAI_NGUYEN_MOI_TRUONG',
    unit: '%',
    direction: 'AT_LEAST',
    unitKey: 'HOI_PN',
    baseline: 92,
    planned: 95,
    mid: 94,
    result: 96,
    next: 97,
    lagging: true,
  },
  {
    code: 'CT15',
    name: 'Tỷ lệ hộ sử dụng nước sạch đạt quy chuẩn',
    field: 'TAI_NGUYEN_MOI_TRUONG',
    unit: '%',
    direction: 'AT_LEAST',
    unitKey: 'UBND',
    baseline: 70,
    planned: 75,
    mid: 72.5,
    result: 76.4,
    next: 80,
  },
  {
    code: 'CT16',
    name: 'Hoàn thành chỉ tiêu giao quân',
    field: 'QUOC_PHONG_AN_NINH',
    unit: '%',
    direction: 'AT_LEAST',
    unitKey: 'QS',
    baseline: 0,
    planned: 100,
    mid: 100,
    result: 100,
    next: 100,
  },
  {
    code: 'CT17',
    name: 'Tỷ lệ điều tra, làm rõ các vụ án hình sự',
    field: 'QUOC_PHONG_AN_NINH',
    unit: '%',
    direction: 'AT_LEAST',
    unitKey: 'CA',
    baseline: 80,
    planned: 85,
    mid: 86,
    result: 90,
    next: 88,
  },
];

const QUARTER_LABELS: Record<string, string> = {
  '03-31': 'quý I',
  '06-30': '6 tháng đầu',
  '09-30': '9 tháng',
};

/** Report dates of the current year before today: each quarter's end, and the latest month's end. */
function reportDates(year: number, day: string): { date: string; label: string }[] {
  const monthEnds = Array.from({ length: 12 }, (_, i) =>
    addDays(i === 11 ? `${year + 1}-01-01` : `${year}-${String(i + 2).padStart(2, '0')}-01`, -1),
  ).filter((end) => end < day);
  return monthEnds
    .filter((end, i) => QUARTER_LABELS[end.slice(5)] !== undefined || i === monthEnds.length - 1)
    .map((end) => ({ date: end, label: QUARTER_LABELS[end.slice(5)] ?? `tháng ${Number(end.slice(5, 7))}` }));
}

/** Share of the year elapsed on `date`, counted as the core counts it. */
const shareOfYear = (year: number, date: string) =>
  (daysBetween(`${year}-01-01`, date) + 1) / (daysBetween(`${year}-01-01`, `${year}-12-31`) + 1);

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The plan of a year from 2025: each year asks as much more as 2025 asked over 2024 (rates stay within 0–100 %). */
function plannedFor(t: SeedTarget, year: number): number {
  const v = t.next + (t.next - t.planned) * (year - 2025);
  return round2(t.unit === '%' ? Math.min(100, Math.max(0, v)) : Math.max(0, v));
}

/** A finished year: every target met a little beyond the plan, except the one the commune missed (CT05). */
function pastYearResult(t: SeedTarget): number {
  if (t.code === 'CT05') return round2(t.baseline + (t.next - t.baseline) * 0.8);
  const margin = Math.abs(t.next - t.baseline) * 0.05;
  const v = t.direction === 'AT_LEAST' ? t.next + margin : t.next - margin;
  return round2(t.unit === '%' ? Math.min(100, v) : v);
}

/** Values along the year: on-track targets run a little ahead of the straight line, lagging ones far behind it. */
function reportValue(t: SeedTarget, share: number): number {
  const pace = t.lagging ? 0.35 : 1.05;
  const v = t.baseline + (t.next - t.baseline) * Math.min(1, share * pace);
  return round2(v);
}

export async function seedDemoTargets(db: Db, tenantId: string): Promise<void> {
  const units = await db
    .selectFrom('organisations')
    .select(['id', 'code'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const unitId = (key: string) => {
    const u = units.find((x) => x.code === `TV-${key}`);
    if (!u) throw new Error(`seed: unit ${key} missing`);
    return u.id;
  };
  const now = isoNow(systemClock);
  const day = todayIn(systemClock);
  const current = Math.max(2025, yearOf(day));
  await db.transaction().execute(async (trx) => {
    const insert = async (
      t: SeedTarget,
      year: number,
      planned: number,
      baseline: number,
      position: number,
    ) => {
      const id = newId();
      await trx
        .insertInto('targets')
        .values({
          id,
          tenant_id: tenantId,
          year,
          code: t.code,
          name: t.name,
          field: t.field,
          unit: t.unit,
          direction: t.direction,
          planned,
          baseline,
          responsible_unit_id: unitId(t.unitKey),
          position,
          note: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return id;
    };
    const entry = (targetId: string, date: string, value: number, evidence: string) =>
      trx
        .insertInto('target_progress')
        .values({
          id: newId(),
          tenant_id: tenantId,
          target_id: targetId,
          entry_date: date,
          value,
          evidence,
          evidence_link: null,
          evidence_file: null,
          note: null,
          created_by: 'Dữ liệu mẫu',
          created_at: now,
          deleted_at: null,
          deleted_by: null,
          delete_reason: null,
        })
        .execute();
    for (const [i, t] of T.entries()) {
      const id = await insert(t, 2024, t.planned, t.baseline, i + 1);
      await entry(
        id,
        '2024-06-20',
        t.mid,
        'Báo cáo số 96/BC-UBND ngày 20/6/2024 về tình hình kinh tế - xã hội 6 tháng đầu năm 2024 (dữ liệu mẫu)',
      );
      await entry(
        id,
        '2024-12-15',
        t.result,
        'Báo cáo số 215/BC-UBND ngày 15/12/2024 về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024 (dữ liệu mẫu)',
      );
    }
    // 2025 up to the current year: past years reported in full (one target missed), the current one so far
    const last = new Map(T.map((t) => [t.code, t.result]));
    for (let year = 2025; year <= current; year++) {
      for (const [i, t] of T.entries()) {
        const baseline = t.direction === 'AT_MOST' || t.baseline > 0 ? (last.get(t.code) ?? t.result) : 0;
        const spec = { ...t, baseline, next: plannedFor(t, year) };
        const id = await insert(spec, year, spec.next, baseline, i + 1);
        if (year < yearOf(day)) {
          const final = pastYearResult(spec);
          last.set(t.code, final);
          await entry(
            id,
            `${year}-06-30`,
            round2(baseline + (final - baseline) / 2),
            `Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm ${year} (dữ liệu mẫu)`,
          );
          await entry(
            id,
            `${year}-12-15`,
            final,
            `Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm ${year} (dữ liệu mẫu)`,
          );
          continue;
        }
        for (const r of reportDates(year, day)) {
          await entry(
            id,
            r.date,
            reportValue(spec, shareOfYear(year, r.date)),
            `Báo cáo tình hình kinh tế - xã hội ${r.label} năm ${year} (dữ liệu mẫu)`,
          );
        }
      }
    }
  });
}
