/**
 * Which proposals the council votes on by secret ballot, and the share of votes needed.
 * Sources (see shared law-spec §5.4): for Chiến sĩ thi đua at provincial level and higher, a secret
 * ballot with at least 90% of ALL council members (Decree 91/2017/NĐ-CP Art. 45(8); widely applied under
 * the 2022 law — the current article is unverified, so it is a setting); for commune-level titles the
 * council's operating rules (quy chế hoạt động) — default: quorum 2/3, more than 50% of all members.
 */
export type Denominator = 'ALL_MEMBERS' | 'PRESENT';

export interface VoteRule {
  id: string;
  secretBallot: boolean;
  /** Share of the denominator that must agree, e.g. 0.9; `strict` means strictly greater than. */
  threshold: number;
  strict: boolean;
  denominator: Denominator;
  allowWrittenOpinions: boolean;
  article: string;
}

export const VOTE_RULES: Record<string, VoteRule> = {
  CSTD_UPWARD: {
    id: 'CSTD_UPWARD',
    secretBallot: true,
    threshold: 0.9,
    strict: false,
    denominator: 'ALL_MEMBERS',
    allowWrittenOpinions: true,
    article:
      'Khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP (≥ 90% tổng số thành viên Hội đồng; áp dụng theo hướng dẫn hiện hành — cần đối chiếu Nghị định 152/2025/NĐ-CP)',
  },
  UPWARD: {
    id: 'UPWARD',
    secretBallot: true,
    threshold: 0.5,
    strict: true,
    denominator: 'ALL_MEMBERS',
    allowWrittenOpinions: true,
    article:
      'Quy chế hoạt động của Hội đồng TĐKT xã (mặc định: trên 50% tổng số thành viên) — thiết lập của tỉnh',
  },
  COMMUNE_TITLE: {
    id: 'COMMUNE_TITLE',
    secretBallot: true,
    threshold: 0.5,
    strict: true,
    denominator: 'ALL_MEMBERS',
    allowWrittenOpinions: true,
    article: 'Quy chế hoạt động của Hội đồng TĐKT xã (mặc định: bỏ phiếu kín, trên 50% tổng số thành viên)',
  },
  COMMUNE_FORM: {
    id: 'COMMUNE_FORM',
    secretBallot: false,
    threshold: 0.5,
    strict: true,
    denominator: 'PRESENT',
    allowWrittenOpinions: true,
    article:
      'Quy chế hoạt động của Hội đồng TĐKT xã (Giấy khen: Hội đồng thảo luận, biểu quyết quá bán số thành viên dự họp)',
  },
};

/** Award code → the vote rule the council applies. */
export function voteRuleFor(awardCode: string): VoteRule {
  if (['CSTD_TINH', 'CSTD_TQ'].includes(awardCode)) return VOTE_RULES.CSTD_UPWARD as VoteRule;
  if (['BK_TINH', 'CO_TINH', 'TTLDXS', 'BK_TTG', 'HCLD3', 'XA_TB'].includes(awardCode))
    return VOTE_RULES.UPWARD as VoteRule;
  if (['CSTDCS', 'TTLDTT', 'THON_VH'].includes(awardCode)) return VOTE_RULES.COMMUNE_TITLE as VoteRule;
  return VOTE_RULES.COMMUNE_FORM as VoteRule;
}

export const QUORUM = {
  share: 2 / 3,
  article: 'Quy chế hoạt động của Hội đồng TĐKT xã (mặc định: có mặt ít nhất 2/3 tổng số thành viên)',
};

export function checkQuorum(
  totalMembers: number,
  present: number,
  share = QUORUM.share,
): { ok: boolean; needed: number; message: string } {
  const needed = Math.ceil(totalMembers * share - 1e-9);
  return present >= needed
    ? { ok: true, needed, message: `Đủ điều kiện họp: ${present}/${totalMembers} thành viên có mặt.` }
    : {
        ok: false,
        needed,
        message: `Không đủ số thành viên dự họp: có ${present}/${totalMembers}, cần ít nhất ${needed} (${QUORUM.article}).`,
      };
}
