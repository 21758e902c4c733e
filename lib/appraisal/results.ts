import { effectiveWeights, type RubricCriterion } from "./rubric";

/**
 * Results of an appraisal round, from the SUBMITTED scores of the evaluators still in the round.
 *
 * - Per criterion: the mean of the evaluators' points.
 * - Total (0–100): Σ (mean_c / max_c) × w_c / Σ w, × 100, where w_c is the criterion's weight or, when
 *   none is given, its maximum points (then the total is simply the points out of the rubric's maximum,
 *   as a percentage). Weights need not sum to 100: they are normalised.
 * - Spread: the difference between the highest and the lowest evaluator total; above `spreadThreshold`
 *   the initiative is flagged for discussion.
 * - Ranking: by total rounded to 2 decimals (what is shown is what is ranked), ties share a rank
 *   ("1, 2, 2, 4"), and within a tie the order is the items' given order (deterministic). Initiatives
 *   without any submitted score are not ranked.
 */
export interface EvaluatorScore {
  evaluatorId: string;
  /** Points per criterion, in rubric order; null = not scored (a submitted score has them all). */
  points: readonly (number | null)[];
}

export interface ItemScores {
  itemId: string;
  /** How many evaluators are assigned (to count the missing scores). */
  assigned: number;
  submitted: readonly EvaluatorScore[];
}

export interface ItemResult {
  itemId: string;
  criterionMeans: (number | null)[];
  /** 0–100, 2 decimals; null without scores. */
  total: number | null;
  evaluatorTotals: { evaluatorId: string; total: number }[];
  spread: number | null;
  flagged: boolean;
  missing: number;
  rank: number | null;
}

export const DEFAULT_SPREAD_THRESHOLD = 20;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One evaluator's total on the 0–100 scale (unscored criteria count as 0). */
export function evaluatorTotal(rubric: readonly Pick<RubricCriterion, "maxPoints" | "weight">[], points: readonly (number | null)[]): number {
  const w = effectiveWeights(rubric);
  const sumW = w.reduce((a, b) => a + b, 0);
  if (sumW <= 0) return 0;
  let t = 0;
  rubric.forEach((c, i) => {
    if (c.maxPoints > 0) t += ((points[i] ?? 0) / c.maxPoints) * w[i];
  });
  return round2((t / sumW) * 100);
}

export function computeResults(
  rubric: readonly Pick<RubricCriterion, "maxPoints" | "weight">[],
  items: readonly ItemScores[],
  spreadThreshold = DEFAULT_SPREAD_THRESHOLD,
): ItemResult[] {
  const w = effectiveWeights(rubric);
  const sumW = w.reduce((a, b) => a + b, 0);
  const results: ItemResult[] = items.map((it) => {
    const n = it.submitted.length;
    const criterionMeans = rubric.map((_, i) => {
      const given = it.submitted.map((s) => s.points[i]).filter((p): p is number => p != null);
      return given.length ? round2(given.reduce((a, b) => a + b, 0) / given.length) : null;
    });
    const evaluatorTotals = it.submitted.map((s) => ({ evaluatorId: s.evaluatorId, total: evaluatorTotal(rubric, s.points) }));
    let total: number | null = null;
    if (n > 0 && sumW > 0) {
      // From the unrounded means, so that the total does not depend on the display rounding of each mean.
      let t = 0;
      rubric.forEach((c, i) => {
        const given = it.submitted.map((s) => s.points[i] ?? 0);
        const mean = given.reduce((a, b) => a + b, 0) / n;
        if (c.maxPoints > 0) t += (mean / c.maxPoints) * w[i];
      });
      total = round2((t / sumW) * 100);
    }
    const totals = evaluatorTotals.map((e) => e.total);
    const spread = totals.length > 1 ? round2(Math.max(...totals) - Math.min(...totals)) : totals.length ? 0 : null;
    return {
      itemId: it.itemId,
      criterionMeans,
      total,
      evaluatorTotals,
      spread,
      flagged: spread != null && spread > spreadThreshold,
      missing: Math.max(0, it.assigned - n),
      rank: null,
    };
  });

  const ranked = results
    .map((r, index) => ({ r, index }))
    .filter((x) => x.r.total != null)
    .sort((a, b) => b.r.total! - a.r.total! || a.index - b.index);
  ranked.forEach((x, i) => {
    x.r.rank = i > 0 && ranked[i - 1].r.total === x.r.total ? ranked[i - 1].r.rank : i + 1;
  });
  return results;
}

/** The results in ranking order (ranked first, by rank then given order; unranked last in given order). */
export function inRankOrder(results: readonly ItemResult[]): ItemResult[] {
  return results
    .map((r, index) => ({ r, index }))
    .sort((a, b) => (a.r.rank ?? Infinity) - (b.r.rank ?? Infinity) || a.index - b.index)
    .map((x) => x.r);
}
