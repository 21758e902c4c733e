import { parsePageParam, type PageSearchParams } from "@/lib/consolidation/filters";
import { isRecordId } from "@/lib/validation/record-id";
import type { SummaryPageParams } from "./queries";

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/**
 * URL parameters of the phase page (GET links, nothing trusted): `up` the units' page, `list`
 * completed|dropped, `field` the list's field, `lp` the list's page, `tp`/`mp` the late and missing
 * units' pages.
 */
export function parseSummaryParams(sp: PageSearchParams): SummaryPageParams {
  const field = first(sp.field);
  return {
    unitPage: parsePageParam(sp.up),
    list: first(sp.list) === "dropped" ? "DROPPED" : "COMPLETED",
    ...(isRecordId(field) ? { listField: field } : {}),
    listPage: parsePageParam(sp.lp),
    latePage: parsePageParam(sp.tp),
    missingPage: parsePageParam(sp.mp),
  };
}

export function summaryParamsToQuery(p: { unitPage: number; list: "COMPLETED" | "DROPPED"; listField?: string; listPage: number; latePage: number; missingPage: number }) {
  return {
    up: p.unitPage > 1 ? String(p.unitPage) : undefined,
    list: p.list === "DROPPED" ? "dropped" : undefined,
    field: p.listField,
    lp: p.listPage > 1 ? String(p.listPage) : undefined,
    tp: p.latePage > 1 ? String(p.latePage) : undefined,
    mp: p.missingPage > 1 ? String(p.missingPage) : undefined,
  };
}
