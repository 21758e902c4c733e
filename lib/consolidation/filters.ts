import type { RegistrationLevel, SubmissionStatus, ReportPhase } from "@/lib/generated/prisma/enums";
import { phaseFromSlug } from "@/lib/reports/labels";
import { MATRIX_STATUS_ORDER, type MatrixStatus } from "@/lib/submissions/statuses";
import { searchTextParam } from "@/lib/text/search-param";
import { isRecordId } from "@/lib/validation/record-id";

/**
 * Pure parsing of the list filters kept in the URL (GET forms). Unknown or malformed values are
 * dropped, never passed on to the database.
 */

export type PageSearchParams = Record<string, string | string[] | undefined>;
export type SearchParamsLike = PageSearchParams | URLSearchParams;

/** Registrations that have been submitted at least once: drafts never reach the office's lists. */
export const CONSOLIDATED_STATUSES = ["SUBMITTED", "RETURNED", "ACCEPTED"] as const satisfies readonly SubmissionStatus[];
/** Leadership selects typical initiatives among forms that are with the office (not sent back). */
export const SELECTABLE_STATUSES = ["SUBMITTED", "ACCEPTED"] as const satisfies readonly SubmissionStatus[];

export type ConsolidatedStatus = (typeof CONSOLIDATED_STATUSES)[number];

export const LEVELS = ["CITY", "DEPARTMENT"] as const satisfies readonly RegistrationLevel[];

export const PAGE_SIZE = 50;
/** Above this many participating units the unit filter is a name search instead of a list. */
export const UNIT_SELECT_LIMIT = 200;
export const MAX_SEARCH_LENGTH = 200;

export interface InitiativeFilters {
  unitId?: string;
  /** Part of the unit's name (used instead of a list of units when a campaign has hundreds of them). */
  unitQuery?: string;
  fieldId?: string;
  level?: RegistrationLevel;
  status?: ConsolidatedStatus;
  typicalOnly: boolean;
  /** Only the initiatives forwarded up from a lower campaign ("Chỉ nội dung do cấp dưới gửi lên"). */
  forwardedOnly?: boolean;
  q?: string;
}

export interface MatrixFilters {
  status?: MatrixStatus;
  /** The status filter applies to the units' report of this phase (URL "so-ket" / "tong-ket"); absent: Mẫu 1. */
  phase?: ReportPhase;
}

function first(params: SearchParamsLike, key: string): string | undefined {
  const v = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? undefined : s.trim();
}

function id(value: string | undefined): string | undefined {
  return isRecordId(value) ? value : undefined;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function parsePageParam(value: string | string[] | undefined): number {
  const n = Number.parseInt((Array.isArray(value) ? value[0] : value) ?? "1", 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100_000) : 1;
}

/** Filters of the consolidated list, the typical page and both exports. */
export function parseInitiativeFilters(params: SearchParamsLike, statuses: readonly ConsolidatedStatus[] = CONSOLIDATED_STATUSES): InitiativeFilters {
  const q = searchTextParam(first(params, "q"), MAX_SEARCH_LENGTH);
  const out: InitiativeFilters = { typicalOnly: first(params, "typical") === "1" };
  const unitId = id(first(params, "unit"));
  const unitQuery = searchTextParam(first(params, "unitq"), MAX_SEARCH_LENGTH);
  const fieldId = id(first(params, "field"));
  const level = oneOf(first(params, "level"), LEVELS);
  const status = oneOf(first(params, "status"), statuses);
  if (unitId) out.unitId = unitId;
  if (unitQuery) out.unitQuery = unitQuery;
  if (fieldId) out.fieldId = fieldId;
  if (level) out.level = level;
  if (status) out.status = status;
  if (first(params, "forwarded") === "1") out.forwardedOnly = true;
  if (q) out.q = q;
  return out;
}

export function parseMatrixFilters(params: SearchParamsLike): MatrixFilters {
  const status = oneOf(first(params, "status"), MATRIX_STATUS_ORDER);
  const phase = phaseFromSlug(first(params, "phase") ?? "");
  if (!status) return {};
  return phase ? { status, phase } : { status };
}

/** The filters back as URL parameters (for page links and the export link). */
export function initiativeFiltersToParams(f: InitiativeFilters): Record<string, string | undefined> {
  return {
    unit: f.unitId,
    unitq: f.unitQuery,
    field: f.fieldId,
    level: f.level,
    status: f.status,
    typical: f.typicalOnly ? "1" : undefined,
    forwarded: f.forwardedOnly ? "1" : undefined,
    q: f.q,
  };
}

export function toQueryString(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export function hasActiveFilters(f: InitiativeFilters): boolean {
  return !!(f.unitId || f.unitQuery || f.fieldId || f.level || f.status || f.typicalOnly || f.forwardedOnly || f.q);
}

/**
 * Vietnamese letters with diacritics and their plain lower-case letter, so that a search for
 * "thu tuc" finds "Thủ tục" (SQL `translate(lower(x), FROM, TO)` uses the same two strings).
 */
const VI_GROUPS: Record<string, string> = {
  a: "àáạảãâầấậẩẫăằắặẳẵ",
  e: "èéẹẻẽêềếệểễ",
  i: "ìíịỉĩ",
  o: "òóọỏõôồốộổỗơờớợởỡ",
  u: "ùúụủũưừứựửữ",
  y: "ỳýỵỷỹ",
  d: "đ",
};

export const FOLD_FROM = Object.values(VI_GROUPS).join("") + Object.values(VI_GROUPS).join("").toUpperCase();
export const FOLD_TO = (() => {
  const base = Object.entries(VI_GROUPS)
    .map(([plain, letters]) => plain.repeat(letters.length))
    .join("");
  return base + base;
})();

/** Lower case without Vietnamese diacritics (the same folding the SQL search applies). */
export function foldVietnamese(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC").toLowerCase()) {
    const i = FOLD_FROM.indexOf(ch);
    out += i >= 0 ? FOLD_TO[i] : ch;
  }
  return out;
}

/**
 * An accent- and case-insensitive POSIX regular expression for a search text: the text is folded
 * ("Thủ tục" → "thu tuc"), then each letter that may carry a diacritic becomes a class of all its
 * forms in both cases ("u" → "[uùú…ưừ…UÙÚ…]"), so the database matches it with a plain `~` on the
 * column (no per-row translate(), which is slow on the embedded database).
 */
export function searchRegex(q: string): string {
  let out = "";
  for (const ch of foldVietnamese(q)) {
    const accented = VI_GROUPS[ch];
    if (accented !== undefined) out += `[${ch}${accented}${ch.toUpperCase()}${accented.toUpperCase()}]`;
    else if (/[a-z]/.test(ch)) out += `[${ch}${ch.toUpperCase()}]`;
    else if (/\s/.test(ch)) out += "\\s+";
    else out += /[\\^$.|?*+()[\]{}-]/.test(ch) ? `\\${ch}` : ch;
  }
  return out;
}

/**
 * A LIKE pattern for a column folded by the database the same way (Initiative."contentFolded", kept by a
 * trigger: lower case, no diacritics, spaces collapsed): "Hồ  sơ" → "%ho so%", with LIKE's own characters
 * escaped. Null for a text with nothing to look for.
 */
export function foldedContainsPattern(q: string): string | null {
  const folded = foldVietnamese(q).replace(/\s+/g, " ").trim();
  if (!folded) return null;
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The longest piece of the folded search text that no diacritic can change (no vowel, no d, no space), as a
 * cheap LIKE pre-filter in front of the regular expression; null when too short to help.
 */
export function invariantLikePattern(q: string): string | null {
  const pieces = foldVietnamese(q).split(/[aeiouyd\s]+/);
  const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a), "");
  if (longest.length < 2) return null;
  return `%${longest.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
