import { formatFigure } from "@/lib/reports/rules";

/**
 * The rubric of an appraisal round (đợt thẩm định): criteria with their maximum points and optional
 * weights. The default is the five criteria the seed plans name for appraising a model, solution or
 * initiative (DOMAIN.md, file 002): novelty, effectiveness shown by figures, legality, replicability,
 * scope of influence. A round copies it and may edit it until the first score is saved.
 */
export interface RubricCriterion {
  name: string;
  /** Points an evaluator may give, from 0 to this (integer points, halves allowed). */
  maxPoints: number;
  /** Relative weight in the total; null = proportional to maxPoints. Weights need not sum to 100. */
  weight: number | null;
  description?: string;
}

export const DEFAULT_RUBRIC: readonly RubricCriterion[] = [
  { name: "Tính mới, sáng tạo", maxPoints: 20, weight: null, description: "Mới so với cách làm trước đây của đơn vị, ngành, địa bàn." },
  { name: "Hiệu quả (có số liệu minh chứng)", maxPoints: 30, weight: null, description: "Kết quả cụ thể, đo được, có minh chứng kèm theo." },
  { name: "Tính hợp pháp", maxPoints: 15, weight: null, description: "Phù hợp quy định pháp luật, không trái thẩm quyền." },
  { name: "Khả năng nhân rộng", maxPoints: 20, weight: null, description: "Áp dụng được ở đơn vị, địa bàn khác với chi phí hợp lý." },
  { name: "Phạm vi ảnh hưởng", maxPoints: 15, weight: null, description: "Số người dân, doanh nghiệp, thủ tục, đơn vị được hưởng lợi." },
];

/** A score is a multiple of 0.5 between 0 and the criterion's maximum. */
export function scoreProblem(points: number, maxPoints: number): string | null {
  if (!Number.isFinite(points)) return "Điểm không hợp lệ.";
  if (points < 0) return "Điểm không được nhỏ hơn 0.";
  if (points > maxPoints) return `Điểm tối đa của tiêu chí này là ${formatPoints(maxPoints)}.`;
  if (Math.round(points * 2) !== points * 2) return "Điểm chấm theo bước 0,5.";
  return null;
}

/** Weights as used in the total: the given weight, or the maximum points when none is given. */
export function effectiveWeights(rubric: readonly Pick<RubricCriterion, "maxPoints" | "weight">[]): number[] {
  return rubric.map((c) => (c.weight == null ? c.maxPoints : c.weight));
}

/** "12,5" — the portal's figure format (Vietnamese decimal comma, at most 2 decimals). */
export const formatPoints = formatFigure;
