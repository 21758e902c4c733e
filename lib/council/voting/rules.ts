/**
 * Pure helpers of the council's voting pages (no database): the award form's rule as a VotingRule,
 * and the one-line reason shown next to an outcome ("4/7 tán thành, cần trên 50% tổng số thành viên").
 */
import { decide, formatShare, minimumForShare, type Outcome, type Tally, type VotingRule } from "@/lib/council/rules";

export interface RuleColumns {
  quorumNumerator: number;
  quorumDenominator: number;
  quorumStrict: boolean;
  thresholdNumerator: number;
  thresholdDenominator: number;
  thresholdStrict: boolean;
  thresholdBase: "MEMBERS" | "VOTES_CAST";
}

/** The award form's columns as the rule decide() takes. */
export function ruleOf(f: RuleColumns): VotingRule {
  return {
    quorum: { numerator: f.quorumNumerator, denominator: f.quorumDenominator, strict: f.quorumStrict },
    threshold: { numerator: f.thresholdNumerator, denominator: f.thresholdDenominator, strict: f.thresholdStrict },
    thresholdBase: f.thresholdBase,
  };
}

/**
 * Why the outcome is what it is, in one line:
 * - NO_QUORUM: "3/7 thành viên có mặt, cần ít nhất 2/3 (tối thiểu 5 thành viên)"
 * - otherwise: "4/7 tán thành, cần trên 50% tổng số thành viên (tối thiểu 4)" or, when the base is the
 *   ballots cast, "4/6 phiếu tán thành, cần trên 50% số phiếu biểu quyết (tối thiểu 4)".
 */
export function outcomeReason(rule: VotingRule, tally: Tally, outcome: Outcome = decide(rule, tally).outcome): string {
  const share = (s: VotingRule["quorum"]) => `${s.strict ? "trên" : "ít nhất"} ${formatShare(s)}`;
  if (outcome === "NO_QUORUM") {
    const min = minimumForShare(tally.invited, rule.quorum);
    return `${tally.present}/${tally.invited} thành viên có mặt, cần ${share(rule.quorum)} (tối thiểu ${min} thành viên)`;
  }
  const cast = tally.agree + tally.disagree + tally.abstain;
  if (rule.thresholdBase === "MEMBERS") {
    const min = minimumForShare(tally.invited, rule.threshold);
    return `${tally.agree}/${tally.invited} tán thành, cần ${share(rule.threshold)} tổng số thành viên (tối thiểu ${min})`;
  }
  if (cast === 0) return "Không có phiếu biểu quyết nào";
  const min = minimumForShare(cast, rule.threshold);
  return `${tally.agree}/${cast} phiếu tán thành, cần ${share(rule.threshold)} số phiếu biểu quyết (tối thiểu ${min})`;
}
