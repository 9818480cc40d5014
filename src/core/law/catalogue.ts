/**
 * Emulation titles (danh hiệu thi đua) and forms of commendation (hình thức khen thưởng) that a
 * commune confers or proposes upward. Sources: Law 06/2022/QH15 (Luật Thi đua, khen thưởng 2022),
 * Decree 98/2023/NĐ-CP, Decree 152/2025/NĐ-CP, Decree 86/2023/NĐ-CP; see docs/law/VERIFICATION.md.
 * The checks themselves live in rules.ts; this table holds the facts an officer reads.
 */
import type { Holders } from './holders';
import type { SubjectKind } from './types';

export type { SubjectKind } from './types';

export interface CoefficientPeriod {
  from: string;
  to?: string;
  /** × base salary for an individual (or the subject kind named in `bySubject`); null = no money. */
  coefficient: number | null;
  bySubject?: Partial<Record<SubjectKind, number>>;
  article: string;
}

export interface DeciderPeriod {
  level: 'HUYEN' | 'XA' | 'TINH' | 'TW';
  title: string;
  article: string;
  from?: string;
  to?: string;
  /** A power of the former district chairman (Law Art. 80(2)); where it went from 1 Jul 2025 is a profile setting. */
  fromDistrict?: boolean;
}

export interface Fact {
  text: string;
  article: string;
}

export interface Award {
  code: string;
  name: string;
  /** DANH_HIEU = emulation title (danh hiệu thi đua); HINH_THUC = form of commendation (hình thức khen thưởng). */
  kind: 'DANH_HIEU' | 'HINH_THUC';
  subjects: SubjectKind[];
  /** For collectives: which units may hold it (XA = the commune itself, THON = village / residential group). */
  collectiveScope?: 'XA' | 'THON';
  /** Which person categories / unit kinds may hold it, with the article (absent: anyone of `subjects`); R-GEN-3. */
  holders?: Holders;
  /** Members of the armed forces (incl. militia) may hold it whatever their category (CSTT and the titles built on it). */
  armedForcesMayHold?: boolean;
  /** Who decides, by period (the district level's powers moved on 1 July 2025). */
  decider: DeciderPeriod[];
  coefficients: CoefficientPeriod[];
  criteria: Fact[];
  prerequisites: Fact[];
  quota?: Fact;
  dossier: Fact[];
  thematic?: boolean;
  sudden?: boolean;
}

const LAW = 'Luật Thi đua, khen thưởng 2022';
const LAW13 = 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)';
const D91 = 'Nghị định 91/2017/NĐ-CP';
const D98 = 'Nghị định 98/2023/NĐ-CP';
const D152 = 'Nghị định 152/2025/NĐ-CP';
const D86 = 'Nghị định 86/2023/NĐ-CP';
/** Division of powers of the two-level local government in the Home Affairs field (effective 1 Jul 2025). */
const D129 = 'Nghị định 129/2025/NĐ-CP';
const UNVERIFIED = 'chưa xác minh';

const XA_CHAIR: DeciderPeriod = {
  level: 'XA',
  title: 'Chủ tịch UBND xã',
  article: `Khoản 3 Điều 80 ${LAW}; từ 01/7/2025 theo ${D129}`,
  from: '2024-01-01',
};
const XA_CHAIR_OLD: DeciderPeriod = {
  level: 'XA',
  title: 'Chủ tịch UBND xã',
  article: `Điều 71 ${LAW13} (${UNVERIFIED} khoản)`,
  to: '2023-12-31',
};
const TINH_CHAIR: DeciderPeriod = {
  level: 'TINH',
  title: 'Chủ tịch UBND tỉnh',
  article: `Điều 79 ${LAW} (${UNVERIFIED} khoản)`,
};
const PM: DeciderPeriod = {
  level: 'TW',
  title: 'Thủ tướng Chính phủ',
  article: `Điều 78 ${LAW} (${UNVERIFIED} khoản)`,
};
const PRESIDENT: DeciderPeriod = {
  level: 'TW',
  title: 'Chủ tịch nước',
  article: `Điều 77 ${LAW} (${UNVERIFIED} khoản)`,
};
/** Powers of the district chairman until 30 Jun 2025; from 1 Jul 2025 per profile (default: commune chairman). */
const DISTRICT_THEN_XA: DeciderPeriod[] = [
  { level: 'HUYEN', title: 'Chủ tịch UBND huyện', article: `Khoản 2 Điều 80 ${LAW}`, to: '2025-06-30' },
  {
    level: 'XA',
    title: 'Chủ tịch UBND xã',
    article: `${D129} (Chủ tịch UBND xã thực hiện thẩm quyền khoản 2, khoản 3 Điều 80 ${LAW} từ 01/7/2025 — ${UNVERIFIED} điều, khoản)`,
    from: '2025-07-01',
    fromDistrict: true,
  },
];

const c91 = (coefficient: number | null, extra: Partial<CoefficientPeriod> = {}): CoefficientPeriod => ({
  from: '2017-10-01',
  to: '2023-12-31',
  coefficient,
  article: `Điều 71–73 ${D91}`,
  ...extra,
});
const c98 = (coefficient: number | null, extra: Partial<CoefficientPeriod> = {}): CoefficientPeriod => ({
  from: '2024-01-01',
  to: '2025-06-30',
  coefficient,
  article: `Điều 54 ${D98}`,
  ...extra,
});
const c152 = (coefficient: number | null, extra: Partial<CoefficientPeriod> = {}): CoefficientPeriod => ({
  from: '2025-07-01',
  coefficient,
  // Khoản 1 Điều 54 is confirmed only for certificates of merit and medals (docs/law/VERIFICATION.md).
  article: `${D152} (tiền thưởng danh hiệu — ${UNVERIFIED} điều; khoản 1 Điều 54 quy định bằng khen, huy chương)`,
  ...extra,
});

const PROPOSAL_LETTER: Fact = { text: 'Tờ trình, văn bản đề nghị kèm danh sách', article: `Điều 84 ${LAW}` };
const MINUTES: Fact = { text: 'Biên bản họp xét (Hội đồng TĐKT / họp bình xét)', article: `Điều 84 ${LAW}` };
const REPORT: Fact = {
  text: 'Báo cáo thành tích có xác nhận của thủ trưởng trực tiếp quản lý',
  article: `Điều 84 ${LAW}`,
};
const SHORT_REPORT: Fact = { text: 'Tóm tắt thành tích', article: `Điều 85 ${LAW} (thủ tục đơn giản)` };
const INITIATIVE_PROOF: Fact = {
  text: 'Quyết định / giấy chứng nhận công nhận sáng kiến, nghiệm thu đề tài',
  article: `Điều 23 ${LAW}`,
};
const BALLOT_MINUTES: Fact = {
  text: 'Biên bản kiểm phiếu (bỏ phiếu kín)',
  article: `Điều 84 ${LAW}; khoản 8 Điều 45 ${D91} (cũ)`,
};
const VILLAGE_MINUTES: Fact = { text: 'Biên bản họp thôn, tổ dân phố bình xét', article: D86 };
/** Law Art. 24(1)-(2): LĐTT for cadres, civil servants, public employees, employees; workers, farmers, labourers. */
const WORKING_PEOPLE: Holders['categories'] = [
  'CAN_BO',
  'CONG_CHUC',
  'VIEN_CHUC',
  'NGUOI_LAO_DONG',
  'NGUOI_LAO_DONG_TRUC_TIEP',
  'NONG_DAN',
];
const REGULAR_DOSSIER = [PROPOSAL_LETTER, MINUTES, REPORT];
const UPWARD_DOSSIER = [PROPOSAL_LETTER, MINUTES, REPORT, BALLOT_MINUTES];

export const AWARDS: readonly Award[] = [
  {
    code: 'LDTT',
    name: 'Danh hiệu "Lao động tiên tiến"',
    kind: 'DANH_HIEU',
    subjects: ['INDIVIDUAL'],
    holders: { categories: WORKING_PEOPLE, article: `Khoản 1, khoản 2 Điều 24 ${LAW}` },
    decider: [XA_CHAIR_OLD, XA_CHAIR],
    coefficients: [c91(0.3), c98(0.3), c152(0.3)],
    criteria: [
      { text: 'Hoàn thành tốt nhiệm vụ trở lên trong năm', article: `Điểm a khoản 1 Điều 24 ${LAW}` },
      {
        text: 'Chấp hành tốt chủ trương, chính sách, pháp luật; tích cực tham gia phong trào thi đua',
        article: `Điểm b khoản 1 Điều 24 ${LAW}`,
      },
      {
        text: 'Công nhân, nông dân, người lao động: lao động sản xuất có hiệu quả, tích cực tham gia phong trào',
        article: `Khoản 2 Điều 24 ${LAW}`,
      },
    ],
    prerequisites: [
      { text: 'Đăng ký thi đua đầu năm (thiết lập của tỉnh)', article: `Khoản 4 Điều 24 ${LAW}` },
    ],
    dossier: REGULAR_DOSSIER,
  },
  {
    code: 'CSTT',
    name: 'Danh hiệu "Chiến sĩ tiên tiến"',
    kind: 'DANH_HIEU',
    subjects: ['INDIVIDUAL'],
    decider: [
      {
        level: 'XA',
        title: 'Cấp có thẩm quyền trong lực lượng vũ trang (dân quân: theo quy định của Bộ Quốc phòng)',
        article: `Khoản 5 Điều 80 ${LAW}`,
      },
    ],
    coefficients: [c91(0.3), c98(0.3), c152(0.3)],
    criteria: [
      {
        text: 'Thành viên lực lượng vũ trang (kể cả dân quân); tiêu chuẩn tương tự Lao động tiên tiến',
        article: `Khoản 3 Điều 24 ${LAW} (${UNVERIFIED} khoản)`,
      },
    ],
    prerequisites: [],
    dossier: REGULAR_DOSSIER,
  },
  {
    code: 'CSTDCS',
    name: 'Danh hiệu "Chiến sĩ thi đua cơ sở"',
    kind: 'DANH_HIEU',
    subjects: ['INDIVIDUAL'],
    holders: {
      categories: WORKING_PEOPLE,
      article: `Điều 23 ${LAW} (cá nhân đạt Lao động tiên tiến hoặc Chiến sĩ tiên tiến — khoản 1, 2, 3 Điều 24)`,
    },
    armedForcesMayHold: true,
    decider: DISTRICT_THEN_XA,
    coefficients: [c91(1.0), c98(1.0), c152(1.0)],
    criteria: [
      { text: 'Đạt tiêu chuẩn "Lao động tiên tiến" trong năm', article: `Điểm a Điều 23 ${LAW}` },
      {
        text: 'Có sáng kiến được cơ sở công nhận, hoặc đề tài/đề án được nghiệm thu và áp dụng',
        article: `Điểm b Điều 23 ${LAW}`,
      },
    ],
    prerequisites: [],
    quota: {
      text: 'Không quá 15% số cá nhân đạt LĐTT (thiết lập của tỉnh)',
      article: `Khoản 3 Điều 9 ${D91} (cũ)`,
    },
    dossier: [...REGULAR_DOSSIER, INITIATIVE_PROOF],
  },
  {
    code: 'CSTD_TINH',
    name: 'Danh hiệu "Chiến sĩ thi đua cấp tỉnh"',
    kind: 'DANH_HIEU',
    subjects: ['INDIVIDUAL'],
    holders: {
      categories: WORKING_PEOPLE,
      article: `Điều 22 ${LAW} (cá nhân 03 lần liên tục Chiến sĩ thi đua cơ sở)`,
    },
    armedForcesMayHold: true,
    decider: [TINH_CHAIR],
    coefficients: [c91(3.0), c98(3.0), c152(3.0)],
    criteria: [
      { text: 'Sáng kiến, đề tài có hiệu quả, phạm vi ảnh hưởng cấp tỉnh', article: `Điều 22 ${LAW}` },
    ],
    prerequisites: [{ text: '03 lần liên tục đạt Chiến sĩ thi đua cơ sở', article: `Điều 22 ${LAW}` }],
    dossier: UPWARD_DOSSIER,
  },
  {
    code: 'CSTD_TQ',
    name: 'Danh hiệu "Chiến sĩ thi đua toàn quốc"',
    kind: 'DANH_HIEU',
    subjects: ['INDIVIDUAL'],
    holders: {
      categories: WORKING_PEOPLE,
      article: `Điều 21 ${LAW} (cá nhân 02 lần liên tục Chiến sĩ thi đua cấp tỉnh)`,
    },
    armedForcesMayHold: true,
    decider: [PM],
    coefficients: [c91(4.5), c98(4.5), c152(4.5)],
    criteria: [{ text: 'Sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc', article: `Điều 21 ${LAW}` }],
    prerequisites: [
      {
        text: '02 lần liên tục đạt Chiến sĩ thi đua cấp tỉnh; đề nghị ngay năm sau lần thứ hai',
        article: `Điều 21 ${LAW}`,
      },
    ],
    dossier: UPWARD_DOSSIER,
  },
  {
    code: 'TTLDTT',
    name: 'Danh hiệu "Tập thể lao động tiên tiến"',
    kind: 'DANH_HIEU',
    subjects: ['COLLECTIVE'],
    decider: DISTRICT_THEN_XA,
    coefficients: [c91(0.8), c98(0.8), c152(0.8)],
    criteria: [
      { text: 'Hoàn thành tốt nhiệm vụ', article: `Điểm a khoản 1 Điều 28 ${LAW}` },
      {
        text: 'Trên 50% cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến',
        article: `Điểm c khoản 1 Điều 28 ${LAW}`,
      },
      { text: '(Luật 2013) không có cá nhân bị kỷ luật từ cảnh cáo trở lên', article: `Điều 28 ${LAW13}` },
    ],
    prerequisites: [],
    dossier: REGULAR_DOSSIER,
  },
  {
    code: 'TTLDXS',
    name: 'Danh hiệu "Tập thể lao động xuất sắc"',
    kind: 'DANH_HIEU',
    subjects: ['COLLECTIVE'],
    decider: [TINH_CHAIR],
    coefficients: [c91(1.5), c98(1.5), c152(1.5)],
    criteria: [
      { text: 'Hoàn thành xuất sắc nhiệm vụ', article: `Điểm a khoản 1 Điều 27 ${LAW}` },
      {
        text: '100% cá nhân hoàn thành nhiệm vụ, trong đó ít nhất 70% đạt Lao động tiên tiến',
        article: `Điểm c khoản 1 Điều 27 ${LAW}`,
      },
      { text: 'Có cá nhân đạt Chiến sĩ thi đua cơ sở', article: `Điểm d khoản 1 Điều 27 ${LAW}` },
    ],
    prerequisites: [],
    quota: {
      text: 'Không quá 20% số tập thể đạt TTLĐTT, tối thiểu 1 (thiết lập của tỉnh)',
      article: 'Quy định của tỉnh',
    },
    dossier: UPWARD_DOSSIER,
  },
  {
    code: 'CO_TINH',
    name: 'Cờ thi đua của UBND tỉnh',
    kind: 'DANH_HIEU',
    subjects: ['COLLECTIVE'],
    decider: [TINH_CHAIR],
    coefficients: [
      c91(8.0),
      c98(8.0, { article: `Điều 54 ${D98} (${UNVERIFIED})` }),
      c152(8.0, { article: `Điều 54 ${D152} (${UNVERIFIED})` }),
    ],
    criteria: [
      {
        text: 'Dẫn đầu cụm, khối thi đua của tỉnh; hoàn thành vượt mức chỉ tiêu',
        article: `Điều 26 ${LAW} (${UNVERIFIED} câu chữ)`,
      },
    ],
    prerequisites: [
      {
        text: 'Đạt "Tập thể lao động xuất sắc" trong năm (thiết lập của tỉnh)',
        article: `Khoản 3 Điều 26 ${LAW}`,
      },
    ],
    dossier: UPWARD_DOSSIER,
  },
  {
    code: 'GDVH',
    name: 'Danh hiệu "Gia đình văn hóa"',
    kind: 'DANH_HIEU',
    subjects: ['HOUSEHOLD'],
    decider: [XA_CHAIR_OLD, { ...XA_CHAIR, article: `Khoản 3 Điều 80 ${LAW}; ${D86}` }],
    coefficients: [
      { from: '2017-10-01', coefficient: null, article: `Không quy định hệ số tiền thưởng (${UNVERIFIED})` },
    ],
    criteria: [
      {
        text: 'Ba tiêu chuẩn khung: gương mẫu chấp hành pháp luật; tích cực thi đua; gia đình no ấm, tiến bộ, hạnh phúc',
        article: `Điều 31 ${LAW}; ${D86}`,
      },
      {
        text: 'Không có thành viên vi phạm thuộc các trường hợp loại trừ (truy cứu hình sự, tảo hôn, bạo lực gia đình…)',
        article: `${D86} (${UNVERIFIED} điều)`,
      },
    ],
    prerequisites: [],
    dossier: [
      { text: 'Văn bản đề nghị của trưởng thôn, tổ dân phố', article: D86 },
      VILLAGE_MINUTES,
      SHORT_REPORT,
    ],
  },
  {
    code: 'THON_VH',
    name: 'Danh hiệu "Thôn, tổ dân phố văn hóa"',
    kind: 'DANH_HIEU',
    subjects: ['COLLECTIVE'],
    collectiveScope: 'THON',
    holders: { orgKinds: ['THON', 'TO'], article: `Điều 30 ${LAW}` },
    decider: [{ ...(DISTRICT_THEN_XA[0] as DeciderPeriod) }, { ...(DISTRICT_THEN_XA[1] as DeciderPeriod) }],
    coefficients: [c152(1.5)],
    criteria: [
      {
        text: 'Đời sống kinh tế ổn định; văn hóa lành mạnh; môi trường an toàn, cảnh quan sạch đẹp; chấp hành pháp luật; đoàn kết',
        article: `Điều 30 ${LAW}; ${D86}`,
      },
    ],
    prerequisites: [],
    dossier: [PROPOSAL_LETTER, VILLAGE_MINUTES, REPORT],
  },
  {
    code: 'XA_TB',
    name: 'Danh hiệu "Xã, phường, đặc khu tiêu biểu" (trước 01/7/2025: xã, phường, thị trấn tiêu biểu)',
    kind: 'DANH_HIEU',
    subjects: ['COLLECTIVE'],
    collectiveScope: 'XA',
    holders: { orgKinds: ['XA'], article: `Điều 29 ${LAW}` },
    decider: [TINH_CHAIR],
    coefficients: [c152(2.0)],
    criteria: [
      {
        text: 'Dẫn đầu phong trào thi đua; kinh tế, quốc phòng, an ninh tốt; đời sống văn hóa lành mạnh',
        article: `Điều 29 ${LAW}; ${D86}`,
      },
    ],
    prerequisites: [],
    dossier: UPWARD_DOSSIER,
  },
  {
    code: 'GK_XA_REGULAR',
    name: 'Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
    kind: 'HINH_THUC',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    decider: [XA_CHAIR_OLD, XA_CHAIR],
    coefficients: [
      c91(0.15, { bySubject: { COLLECTIVE: 0.3 }, article: `Điểm d khoản 1, điểm b khoản 2 Điều 73 ${D91}` }),
      {
        from: '2024-01-01',
        coefficient: 0.15,
        bySubject: { COLLECTIVE: 0.3 },
        article: `Mức theo quy định của tỉnh (mặc định giữ mức ${D91} — ${UNVERIFIED})`,
      },
    ],
    criteria: [
      {
        text: 'Cá nhân: hoàn thành tốt nhiệm vụ, hoặc có thành tích xuất sắc trong phong trào thi đua (tiêu chuẩn chi tiết do tỉnh quy định)',
        article: `Khoản 1, khoản 2 Điều 75 ${LAW}`,
      },
    ],
    prerequisites: [],
    dossier: REGULAR_DOSSIER,
  },
  {
    code: 'GK_XA_THEMATIC',
    name: 'Giấy khen của Chủ tịch UBND xã (thi đua theo đợt, chuyên đề)',
    kind: 'HINH_THUC',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    thematic: true,
    decider: [XA_CHAIR_OLD, XA_CHAIR],
    coefficients: [
      {
        from: '2017-10-01',
        coefficient: 0.15,
        bySubject: { COLLECTIVE: 0.3 },
        article: `Mức theo quy định của tỉnh (mặc định 0,15; tập thể 0,3 — ${UNVERIFIED})`,
      },
    ],
    criteria: [
      {
        text: 'Thành tích xuất sắc được bình xét trong phong trào thi đua theo đợt, chuyên đề do xã phát động',
        article: `Khoản 1 Điều 75 ${LAW}`,
      },
    ],
    prerequisites: [],
    dossier: [PROPOSAL_LETTER, MINUTES, SHORT_REPORT],
  },
  {
    code: 'GK_XA_SUDDEN',
    name: 'Giấy khen của Chủ tịch UBND xã (thành tích đột xuất)',
    kind: 'HINH_THUC',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    sudden: true,
    decider: [XA_CHAIR_OLD, XA_CHAIR],
    coefficients: [
      {
        from: '2017-10-01',
        coefficient: 0.15,
        bySubject: { COLLECTIVE: 0.3 },
        article: `Mức theo quy định của tỉnh (mặc định 0,15; tập thể 0,3 — ${UNVERIFIED})`,
      },
    ],
    criteria: [
      {
        text: 'Lập được thành tích đột xuất',
        article: `Khoản 1 Điều 75 ${LAW}; Điều 85 ${LAW} (thủ tục đơn giản)`,
      },
    ],
    prerequisites: [],
    dossier: [PROPOSAL_LETTER, SHORT_REPORT],
  },
  {
    code: 'GK_XA_HOUSEHOLD',
    name: 'Giấy khen của Chủ tịch UBND xã cho hộ gia đình',
    kind: 'HINH_THUC',
    subjects: ['HOUSEHOLD'],
    decider: [XA_CHAIR_OLD, XA_CHAIR],
    coefficients: [
      {
        from: '2017-10-01',
        coefficient: 0.3,
        article: `Mức theo quy định của tỉnh (mặc định 0,3 — ${UNVERIFIED})`,
      },
    ],
    criteria: [
      {
        text: 'Gương mẫu chấp hành pháp luật; đóng góp công sức, đất đai, tài sản cho địa phương (mức do tỉnh quy định)',
        article: `Khoản 1, khoản 2 Điều 75 ${LAW}`,
      },
    ],
    prerequisites: [],
    dossier: [PROPOSAL_LETTER, SHORT_REPORT],
  },
  {
    code: 'GK_XA_EXTERNAL',
    name: 'Giấy khen của Chủ tịch UBND xã cho cá nhân, tổ chức ngoài xã có đóng góp',
    kind: 'HINH_THUC',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    decider: [XA_CHAIR_OLD, XA_CHAIR],
    coefficients: [
      {
        from: '2017-10-01',
        coefficient: 0.15,
        bySubject: { COLLECTIVE: 0.3 },
        article: `Mức theo quy định của tỉnh (mặc định 0,15; tập thể 0,3 — ${UNVERIFIED})`,
      },
    ],
    criteria: [
      {
        text: 'Có đóng góp cho phong trào do xã phát động, không thuộc quyền quản lý của xã (quy định của tỉnh)',
        article: `Khoản 2 Điều 75 ${LAW}`,
      },
    ],
    prerequisites: [],
    dossier: [PROPOSAL_LETTER, SHORT_REPORT],
  },
  {
    code: 'BK_TINH',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    kind: 'HINH_THUC',
    subjects: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
    decider: [{ level: 'TINH', title: 'Chủ tịch UBND tỉnh', article: `Điều 74 ${LAW}` }],
    coefficients: [
      c91(0.5, { bySubject: { COLLECTIVE: 1.0 }, article: `Điều 72 ${D91} (${UNVERIFIED})` }),
      c98(1.0, { bySubject: { COLLECTIVE: 2.0 }, article: `Điều 54 ${D98} (${UNVERIFIED})` }),
      c152(1.5, {
        bySubject: { COLLECTIVE: 3.0 },
        article: `Khoản 1 Điều 54 ${D152} (tập thể: gấp đôi cá nhân — ${UNVERIFIED})`,
      }),
    ],
    criteria: [
      {
        text: 'Một trong: thành tích xuất sắc trong phong trào do tỉnh phát động; nhiều thành tích có phạm vi ảnh hưởng trong tỉnh; hoặc 02 năm liên tục HTXSNV và có 02 sáng kiến được công nhận',
        article: `Khoản 1 Điều 74 ${LAW} (${UNVERIFIED} câu chữ)`,
      },
      {
        text: 'Tập thể: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
        article: `Khoản 3 Điều 74 ${LAW} (${UNVERIFIED})`,
      },
      {
        text: 'Hộ gia đình: đóng góp lớn công sức, đất đai, tài sản',
        article: `Khoản 4 Điều 74 ${LAW} (${UNVERIFIED})`,
      },
    ],
    prerequisites: [
      {
        text: 'Không bắt buộc phải có Giấy khen trước (hình thức thấp không là điều kiện của hình thức cao)',
        article: `${D152} (nguyên tắc khen thưởng)`,
      },
    ],
    dossier: UPWARD_DOSSIER,
  },
  {
    code: 'BK_TTG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    kind: 'HINH_THUC',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    decider: [PM],
    coefficients: [
      c91(1.0, { article: `${D91} (${UNVERIFIED})` }),
      c98(1.5, { article: `Điều 54 ${D98} (${UNVERIFIED})` }),
      c152(3.5, {
        bySubject: { COLLECTIVE: 7.0 },
        article: `Khoản 1 Điều 54 ${D152} (tập thể: gấp đôi — ${UNVERIFIED})`,
      }),
    ],
    criteria: [
      {
        text: 'Một trong các trường hợp của Điều 73; với chuỗi thành tích: đã có Bằng khen cấp tỉnh, 05 năm liên tục hoàn thành tốt nhiệm vụ trở lên, trong đó 03 lần CSTĐCS',
        article: `Điều 73 ${LAW} (${UNVERIFIED} điều, khoản)`,
      },
    ],
    prerequisites: [
      {
        text: 'Đã được tặng Bằng khen cấp tỉnh trước thời gian 05 năm xét',
        article: `Điều 73 ${LAW} (${UNVERIFIED})`,
      },
    ],
    dossier: UPWARD_DOSSIER,
  },
  {
    code: 'HCLD3',
    name: 'Huân chương Lao động hạng Ba',
    kind: 'HINH_THUC',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    decider: [PRESIDENT],
    coefficients: [
      {
        from: '2017-10-01',
        coefficient: null,
        article: 'Tiền thưởng do cấp trung ương chi, không do xã tính',
      },
    ],
    criteria: [
      {
        text: 'Đề nghị lên cấp trên — kiểm tra thủ công theo Điều của Luật về Huân chương Lao động',
        article: `Điều 45 ${LAW} (${UNVERIFIED})`,
      },
    ],
    prerequisites: [
      {
        text: 'Đã có Bằng khen Thủ tướng; 05 năm liên tục HTXSNV, trong đó 02 lần CSTĐ cấp tỉnh',
        article: `Điều 45 ${LAW} (${UNVERIFIED})`,
      },
    ],
    dossier: UPWARD_DOSSIER,
  },
];

const BY_CODE = new Map(AWARDS.map((a) => [a.code, a]));

export function getAward(code: string): Award | undefined {
  return BY_CODE.get(code);
}
