import type { AppraisalVerdict, UnitKind } from "@/lib/generated/prisma/enums";
import { formatPoints } from "../rubric";

/**
 * Words of the appraisal results (pure, shared by the page, the minutes, the XLSX and what units see).
 * "Đề nghị công nhận" names the level of the campaign's issuing unit: a City plan recognises at cấp
 * Thành phố, any other issuing unit (a Sở) at cấp Sở.
 */

export const VERDICTS: readonly AppraisalVerdict[] = ["RECOGNISE", "PROPOSE_UPPER", "NOT_PASSED", "NEEDS_SURVEY"];

export function verdictLabel(verdict: AppraisalVerdict, issuingUnitKind: UnitKind | string): string {
  switch (verdict) {
    case "RECOGNISE":
      return issuingUnitKind === "CITY" ? "Đề nghị công nhận cấp Thành phố" : "Đề nghị công nhận cấp Sở";
    case "PROPOSE_UPPER":
      return "Đề nghị cấp trên công nhận";
    case "NOT_PASSED":
      return "Chưa đạt";
    case "NEEDS_SURVEY":
      return "Cần khảo sát thực tế";
  }
}

export const VERDICT_TONES: Record<AppraisalVerdict, "green" | "blue" | "red" | "amber"> = {
  RECOGNISE: "green",
  PROPOSE_UPPER: "blue",
  NOT_PASSED: "red",
  NEEDS_SURVEY: "amber",
};

export const NO_VERDICT = "Chưa có kết luận";
export const DISCUSS_FLAG = "Cần thảo luận";

/** "87,5" or "—" without scores. */
export function pointsOrDash(n: number | null | undefined): string {
  return n == null ? "—" : formatPoints(n);
}

/** Ranks as shown: tied ranks read "2 (đồng hạng)"; unranked "—". */
export function rankLabel(rank: number | null, tied: boolean): string {
  if (rank == null) return "—";
  return tied ? `${rank} (đồng hạng)` : String(rank);
}

/** Which ranks are shared by more than one item. */
export function tiedRanks(ranks: readonly (number | null)[]): Set<number> {
  const seen = new Map<number, number>();
  for (const r of ranks) if (r != null) seen.set(r, (seen.get(r) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([r]) => r));
}

/** "Đề nghị công nhận cấp Sở: 3; Chưa đạt: 1; Chưa có kết luận: 2" — the counts per verdict, in the fixed order, zeros left out. */
export function verdictCounts(verdicts: readonly (AppraisalVerdict | null)[], issuingUnitKind: UnitKind | string): { label: string; count: number }[] {
  const out: { label: string; count: number }[] = [];
  for (const v of VERDICTS) {
    const n = verdicts.filter((x) => x === v).length;
    if (n) out.push({ label: verdictLabel(v, issuingUnitKind), count: n });
  }
  const none = verdicts.filter((x) => x == null).length;
  if (none) out.push({ label: NO_VERDICT, count: none });
  return out;
}

/**
 * Text for a spreadsheet cell: a value starting with "=", "+", "@", a tab or a carriage return, or "-"
 * not followed by a space or a digit, is prefixed with an apostrophe so that no office suite reads
 * what a unit typed as a formula (CSV/formula injection). Ordinary dashes ("- Giảm …", "-5") stay.
 */
export function safeCellText(value: string): string {
  return /^(?:[=+@\t\r]|-(?![\s\d]))/.test(value) ? `'${value}` : value;
}

export const ROUND_STATUS_LABELS: Record<"DRAFT" | "OPEN" | "CLOSED", string> = {
  DRAFT: "Đang chuẩn bị",
  OPEN: "Đang chấm điểm",
  CLOSED: "Đã kết thúc",
};

/** Filters of the results page: only items flagged for discussion, only items without a verdict. */
export interface ResultFilters {
  discuss: boolean;
  pending: boolean;
}

export function parseResultFilters(params: Record<string, string | string[] | undefined>): ResultFilters {
  const on = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v) === "1";
  };
  return { discuss: on("discuss"), pending: on("pending") };
}

export function filterRows<T extends { verdict: unknown; result: { flagged: boolean } }>(rows: readonly T[], f: ResultFilters): T[] {
  return rows.filter((r) => (!f.discuss || r.result.flagged) && (!f.pending || r.verdict == null));
}

/** "12,5/20" */
export function pointsOf(points: number | null, max: number): string {
  return `${pointsOrDash(points)}/${formatPoints(max)}`;
}
