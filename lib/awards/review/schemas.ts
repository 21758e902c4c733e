import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";
import type { AwardProposalStatus, ParticipantType } from "@/lib/generated/prisma/enums";
import { MAX_SEARCH_LENGTH, parsePageParam, type SearchParamsLike } from "@/lib/consolidation/filters";
import { reviewComment } from "@/lib/review/schemas";
import { searchTextParam } from "@/lib/text/search-param";
import { isRecordId } from "@/lib/validation/record-id";

/**
 * The emulation standing office's check of a proposal's dossier (admit / return with a comment) and
 * the filters of the campaign's list of proposals. Shared by the server actions and the client forms.
 */

/** The written justification required to admit a nominee who fails a hard criterion. */
export const JUSTIFICATION_MIN = 20;
export const JUSTIFICATION_MAX = 4000;
export const JUSTIFICATION_REQUIRED = `Hồ sơ không đạt tiêu chuẩn bắt buộc: vui lòng ghi rõ lý do vẫn tiếp nhận trình Hội đồng (ít nhất ${JUSTIFICATION_MIN} ký tự).`;
export const JUSTIFICATION_TOO_LONG = `Tối đa ${JUSTIFICATION_MAX.toLocaleString("vi-VN")} ký tự.`;

/**
 * The rule on the justification, from the proposal as stored (its failsHardCriterion): the message
 * to show next to the field, or null when the text is acceptable. Without a hard-criterion failure
 * no justification is needed (any text given is ignored).
 */
export function justificationProblem(text: string | null | undefined, failsHardCriterion: boolean): string | null {
  if (!failsHardCriterion) return null;
  const t = (text ?? "").trim();
  if (t.length < JUSTIFICATION_MIN) return JUSTIFICATION_REQUIRED;
  if (t.length > JUSTIFICATION_MAX) return JUSTIFICATION_TOO_LONG;
  return null;
}

const ids = {
  campaignId: z.string().min(1).max(64),
  proposalId: z.string().min(1).max(64),
  lockVersion: z.coerce.number().int().min(0).max(INT4_MAX),
};

export const admitProposalSchema = z.object({
  ...ids,
  justification: text({ error: "Nội dung không hợp lệ." })
    .trim()
    .max(JUSTIFICATION_MAX, { error: JUSTIFICATION_TOO_LONG })
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export const returnProposalSchema = z.object({
  ...ids,
  comment: reviewComment,
});

export type AdmitProposalInput = z.infer<typeof admitProposalSchema>;
export type ReturnProposalInput = z.infer<typeof returnProposalSchema>;

// ---------------------------------------------------------------- list filters (URL)

/** What the office sees: proposals that have been submitted at least once (drafts stay with the unit). */
export const LISTED_STATUSES = [
  "SUBMITTED",
  "RETURNED",
  "ADMITTED",
  "SCHEDULED",
  "APPROVED",
  "REJECTED",
  "FORWARDED",
  "AWARDED",
] as const satisfies readonly AwardProposalStatus[];
export type ListedStatus = (typeof LISTED_STATUSES)[number];

export const NOMINEE_TYPES = ["COLLECTIVE", "INDIVIDUAL", "CITIZEN"] as const satisfies readonly ParticipantType[];

export const PROPOSAL_PAGE_SIZE = 50;

export interface ProposalListFilters {
  status?: ListedStatus;
  formId?: string;
  unitId?: string;
  nomineeType?: ParticipantType;
  /** Only nominees failing a hard criterion ("Không đạt tiêu chuẩn bắt buộc"). */
  failsHard?: boolean;
  /** Part of the nominee's name (accents and case ignored). */
  q?: string;
  page: number;
}

function first(params: SearchParamsLike, key: string): string | undefined {
  const v = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? undefined : s.trim();
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Unknown or malformed values are dropped, never passed on to the database. */
export function parseProposalFilters(params: SearchParamsLike): ProposalListFilters {
  const out: ProposalListFilters = { page: parsePageParam(first(params, "page")) };
  const status = oneOf(first(params, "status"), LISTED_STATUSES);
  const formId = first(params, "form");
  const unitId = first(params, "unit");
  const nomineeType = oneOf(first(params, "type"), NOMINEE_TYPES);
  const q = searchTextParam(first(params, "q"), MAX_SEARCH_LENGTH);
  if (status) out.status = status;
  if (isRecordId(formId)) out.formId = formId;
  if (isRecordId(unitId)) out.unitId = unitId;
  if (nomineeType) out.nomineeType = nomineeType;
  if (first(params, "hard") === "1") out.failsHard = true;
  if (q) out.q = q;
  return out;
}

/** The filters back as URL parameters (page links; the status chips set `status` themselves). */
export function proposalFiltersToParams(f: ProposalListFilters): Record<string, string | undefined> {
  return { status: f.status, form: f.formId, unit: f.unitId, type: f.nomineeType, hard: f.failsHard ? "1" : undefined, q: f.q };
}

export function hasProposalFilters(f: ProposalListFilters): boolean {
  return !!(f.status || f.formId || f.unitId || f.nomineeType || f.failsHard || f.q);
}
