/**
 * Checking a nominee against the criteria of an award form (pure; the facts are read by queries).
 * A criterion is met (true), not met (false) or cannot be judged by the portal (null: e.g. a
 * citizen has no initiatives in the portal, or a declaration not yet answered).
 */

export type CriterionKind =
  | "INITIATIVE_REGISTERED"
  | "INITIATIVE_COMPLETED"
  | "INITIATIVE_RECOGNISED"
  | "REPORTS_ON_TIME"
  | "RATING_AT_LEAST_GOOD"
  | "RATING_EXCELLENT"
  | "NO_DISCIPLINE"
  | "PUBLIC_IDEA_ACCEPTED"
  | "DECLARED";

export type Rating = "EXCELLENT" | "GOOD" | "COMPLETED" | "NOT_COMPLETED";

export type RecognitionLevel = "CITY" | "DEPARTMENT";

export interface CriterionInput {
  id: string;
  content: string;
  kind: CriterionKind;
  hard: boolean;
  /** INITIATIVE_RECOGNISED: the level the criterion names (null or absent: any level). */
  recognitionLevel?: RecognitionLevel | null;
}

/** A recognition decision (quyết định công nhận) behind the facts, with how many of the nominee's initiatives it recognises. */
export interface RecognitionDecisionFact {
  level: RecognitionLevel;
  number: string;
  /** dd/MM/yyyy */
  signedOn: string;
  issuer: string;
  count: number;
}

/** The nominee's initiatives recognised by decisions, per level (a City recognition of a forwarded copy counts at its origin). */
export interface RecognitionFacts {
  /** Recognised cấp Sở or higher. */
  department: number;
  /** Recognised cấp Thành phố. */
  city: number;
  decisions: RecognitionDecisionFact[];
}

/** What the portal knows about the nominee in the campaign (null when it knows nothing: citizens). */
export interface PortalFacts {
  initiativesRegistered: number;
  initiativesCompleted: number;
  /** Initiatives recognised by a decision at any level (before issue 12: ticked typical). */
  initiativesRecognised: number;
  /** Per level with the decisions; absent in facts saved before issue 12. */
  recognition?: RecognitionFacts;
  reportsSubmitted: number;
  reportsLate: number;
  /** Report milestones already past due with no submission. */
  reportsMissing: number;
}

export interface Declarations {
  rating: Rating | null;
  noDiscipline: boolean | null;
  /** Answers to DECLARED criteria by criterion id. */
  answers: Record<string, boolean | undefined>;
  /** A citizen's or business's idea the proposal names (issue 14): its title, tracking status and the campaign's plan. */
  publicIdea?: { title: string; accepted: boolean; campaignNumber: string } | null;
}

export interface CriterionResult extends CriterionInput {
  met: boolean | null;
  /** Why, in Vietnamese: the figures or the declaration behind the answer. */
  basis: string;
}

export const RATING_LABELS: Record<Rating, string> = {
  EXCELLENT: "Hoàn thành xuất sắc nhiệm vụ",
  GOOD: "Hoàn thành tốt nhiệm vụ",
  COMPLETED: "Hoàn thành nhiệm vụ",
  NOT_COMPLETED: "Không hoàn thành nhiệm vụ",
};

export const CRITERION_KIND_LABELS: Record<CriterionKind, string> = {
  INITIATIVE_REGISTERED: "Có mô hình, giải pháp, sáng kiến đăng ký (cổng tự kiểm tra)",
  INITIATIVE_COMPLETED: "Có mô hình, giải pháp, sáng kiến hoàn thành (cổng tự kiểm tra)",
  INITIATIVE_RECOGNISED: "Có mô hình, giải pháp, sáng kiến được công nhận bằng quyết định (cổng tự kiểm tra)",
  REPORTS_ON_TIME: "Gửi báo cáo đúng hạn (cổng tự kiểm tra)",
  RATING_AT_LEAST_GOOD: "Xếp loại từ Hoàn thành tốt nhiệm vụ trở lên (đơn vị kê khai)",
  RATING_EXCELLENT: "Xếp loại Hoàn thành xuất sắc nhiệm vụ (đơn vị kê khai)",
  NO_DISCIPLINE: "Không bị xử lý kỷ luật trong năm (đơn vị kê khai)",
  PUBLIC_IDEA_ACCEPTED: "Có hiến kế, giải pháp được tiếp nhận vào phong trào (người dân, doanh nghiệp; cổng tự kiểm tra)",
  DECLARED: "Nội dung khác (đơn vị xác nhận)",
};

export const RECOGNITION_LEVEL_CHOICES: { value: RecognitionLevel | ""; label: string }[] = [
  { value: "", label: "Mọi cấp" },
  { value: "DEPARTMENT", label: "Cấp Sở trở lên" },
  { value: "CITY", label: "Cấp Thành phố" },
];

const LEVEL_PHRASE: Record<RecognitionLevel | "ANY", string> = { ANY: "", DEPARTMENT: " cấp Sở trở lên", CITY: " cấp Thành phố" };

/** Met when a decision of the level named (or higher) recognises one of the nominee's initiatives; the basis names the decisions. */
function recognisedResult(c: CriterionInput, facts: PortalFacts): CriterionResult {
  const level = c.recognitionLevel ?? null;
  const n = level === null ? facts.initiativesRecognised : level === "CITY" ? (facts.recognition?.city ?? 0) : (facts.recognition?.department ?? 0);
  const phrase = LEVEL_PHRASE[level ?? "ANY"];
  if (n === 0) return { ...c, met: false, basis: `Chưa có mô hình, giải pháp, sáng kiến được công nhận${phrase} bằng quyết định công nhận.` };
  const decisions = (facts.recognition?.decisions ?? []).filter((d) => level !== "CITY" || d.level === "CITY");
  const refs = decisions.map((d) => `QĐ số ${d.number} ngày ${d.signedOn} của ${d.issuer}`).join("; ");
  return { ...c, met: true, basis: `${n} mô hình, giải pháp, sáng kiến được công nhận${phrase}${refs ? ` (${refs})` : ""}.` };
}

const RATING_RANK: Record<Rating, number> = { EXCELLENT: 3, GOOD: 2, COMPLETED: 1, NOT_COMPLETED: 0 };

export function evaluateCriterion(c: CriterionInput, facts: PortalFacts | null, d: Declarations): CriterionResult {
  const noFacts = { ...c, met: null, basis: "Cổng không có dữ liệu về đối tượng này." };
  switch (c.kind) {
    case "INITIATIVE_REGISTERED":
      if (!facts) return noFacts;
      return { ...c, met: facts.initiativesRegistered > 0, basis: `${facts.initiativesRegistered} mô hình, giải pháp, sáng kiến đã đăng ký (Mẫu 1 được tiếp nhận).` };
    case "INITIATIVE_COMPLETED":
      if (!facts) return noFacts;
      return { ...c, met: facts.initiativesCompleted > 0, basis: `${facts.initiativesCompleted}/${facts.initiativesRegistered} mô hình, giải pháp, sáng kiến đã hoàn thành.` };
    case "INITIATIVE_RECOGNISED":
      if (!facts) return noFacts;
      return recognisedResult(c, facts);
    case "REPORTS_ON_TIME": {
      if (!facts) return noFacts;
      const met = facts.reportsLate === 0 && facts.reportsMissing === 0;
      const parts = [`${facts.reportsSubmitted} báo cáo đã gửi`];
      if (facts.reportsLate) parts.push(`${facts.reportsLate} báo cáo nộp trễ`);
      if (facts.reportsMissing) parts.push(`${facts.reportsMissing} báo cáo quá hạn chưa gửi`);
      return { ...c, met, basis: `${parts.join(", ")}.` };
    }
    case "RATING_AT_LEAST_GOOD":
    case "RATING_EXCELLENT": {
      if (!d.rating) return { ...c, met: null, basis: "Chưa kê khai mức xếp loại." };
      const needed = c.kind === "RATING_EXCELLENT" ? RATING_RANK.EXCELLENT : RATING_RANK.GOOD;
      return { ...c, met: RATING_RANK[d.rating] >= needed, basis: `Đơn vị kê khai: ${RATING_LABELS[d.rating]}.` };
    }
    case "NO_DISCIPLINE":
      if (d.noDiscipline === null) return { ...c, met: null, basis: "Chưa kê khai." };
      return { ...c, met: d.noDiscipline, basis: d.noDiscipline ? "Đơn vị kê khai: không bị xử lý kỷ luật trong năm." : "Đơn vị kê khai: có bị xử lý kỷ luật trong năm." };
    case "PUBLIC_IDEA_ACCEPTED": {
      const idea = d.publicIdea ?? null;
      if (!idea) return { ...c, met: false, basis: "Đề nghị chưa gắn hiến kế, giải pháp nào của người dân, doanh nghiệp gửi qua cổng." };
      return idea.accepted
        ? { ...c, met: true, basis: `Hiến kế “${idea.title}” đã được tiếp nhận vào phong trào (Kế hoạch ${idea.campaignNumber}).` }
        : { ...c, met: false, basis: `Hiến kế “${idea.title}” chưa được tiếp nhận vào phong trào.` };
    }
    case "DECLARED": {
      const a = d.answers[c.id];
      if (a === undefined) return { ...c, met: null, basis: "Chưa xác nhận." };
      return { ...c, met: a, basis: a ? "Đơn vị xác nhận đạt." : "Đơn vị xác nhận chưa đạt." };
    }
  }
}

export function evaluateCriteria(criteria: readonly CriterionInput[], facts: PortalFacts | null, d: Declarations): CriterionResult[] {
  return criteria.map((c) => evaluateCriterion(c, facts, d));
}

/**
 * A hard criterion is failed when it is known not to be met. Unanswered declarations block
 * submission instead (see missingDeclarations); a portal criterion the portal cannot judge (a
 * citizen) is left to the office.
 */
export function failsHardCriterion(results: readonly CriterionResult[]): boolean {
  return results.some((r) => r.hard && r.met === false);
}

/** Declared criteria still unanswered (the unit must answer every one before submitting). */
export function missingDeclarations(results: readonly CriterionResult[]): CriterionResult[] {
  return results.filter(
    (r) => r.met === null && (r.kind === "RATING_AT_LEAST_GOOD" || r.kind === "RATING_EXCELLENT" || r.kind === "NO_DISCIPLINE" || r.kind === "DECLARED"),
  );
}
