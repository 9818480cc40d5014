/**
 * The annual emulation and commendation plan (Kế hoạch công tác thi đua, khen thưởng) as data —
 * what an officer edits and what the plan document is rendered from. JSON-serialisable.
 */
export interface PlanBlock {
  kind: 'paragraph' | 'bullet';
  text: string;
}

export interface PlanSection {
  number: string; // "1", "1.2"
  heading: string;
  /** Sub-items like "2.1." are bold headings; items like "1.1." are numbered paragraphs. */
  bold?: boolean;
  blocks: PlanBlock[];
  children: PlanSection[];
}

export interface PlanContent {
  year: number;
  issuer: { parent: string; name: string }; // "ỦY BAN NHÂN DÂN" / "XÃ TÂN VIỆT"
  number: string;
  symbol: string; // "KH-UBND"
  place: string;
  date: string; // YYYY-MM-DD
  title: string; // "KẾ HOẠCH"
  summary: string; // "Công tác thi đua, khen thưởng năm 2024"
  /** Last year's results (paragraphs before the theme). */
  review: string[];
  introduction: string;
  theme: string;
  purposes: string[];
  requirements: string[];
  /** Section II "Nội dung và giải pháp thực hiện". */
  sections: PlanSection[];
  movements: { name: string; basis?: string }[];
  /** Section III "Tổ chức thực hiện". */
  organisation: string[];
  closing: string;
  recipients: string[];
  signer: { title: string; name: string };
}

/** Names of what is missing for an issuable plan (Vietnamese), empty when complete. */
export function validatePlanContent(p: PlanContent): string[] {
  const missing: string[] = [];
  if (!p.theme?.trim()) missing.push('chủ đề thi đua');
  if (!p.number?.trim()) missing.push('số văn bản');
  if (!p.date) missing.push('ngày ban hành');
  if (!p.signer?.name?.trim()) missing.push('người ký');
  if (!p.signer?.title?.trim()) missing.push('chức danh người ký');
  if (!p.purposes?.length) missing.push('mục đích');
  if (!p.requirements?.length) missing.push('yêu cầu');
  if (!p.sections?.length) missing.push('nội dung và giải pháp');
  if (!p.recipients?.length) missing.push('nơi nhận');
  return missing;
}
