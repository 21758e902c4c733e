import { z } from "zod";
import { text } from "@/lib/validation/text";
import { foldForSearch } from "@/lib/text/fold";
import { searchTextParam } from "@/lib/text/search-param";

/** The library's filters, read from the URL (shareable links); anything malformed is ignored, never an error. */
export interface LibraryFilters {
  q: string;
  field: string;
  year: number | null;
  level: "DEPARTMENT" | "CITY" | null;
  unit: string;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function parseLibraryFilters(params: Record<string, string | string[] | undefined>): LibraryFilters {
  const q = foldForSearch(searchTextParam(one(params.q))).slice(0, 200);
  const yearText = one(params.year).trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const levelText = one(params.level);
  const level = levelText === "DEPARTMENT" || levelText === "CITY" ? levelText : null;
  return { q, field: one(params.field).slice(0, 255), year, level, unit: one(params.unit).slice(0, 64) };
}

/** The filters back as URL parameters (for pagination links). */
export function filterParams(f: LibraryFilters): Record<string, string | undefined> {
  return { q: f.q || undefined, field: f.field || undefined, year: f.year ? String(f.year) : undefined, level: f.level ?? undefined, unit: f.unit || undefined };
}

export const DESCRIPTION_MAX = 20_000;

export const updateDescriptionSchema = z.object({
  modelId: z.string().trim().min(1).max(64),
  description: text().trim().max(DESCRIPTION_MAX, { error: `Tối đa ${DESCRIPTION_MAX.toLocaleString("vi-VN")} ký tự.` }),
});

export const shareEvidenceSchema = z.object({
  fileId: z.string().trim().min(1).max(64),
  shareable: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const modelPublicSchema = z.object({
  modelId: z.string().trim().min(1).max(64),
  isPublic: z.enum(["true", "false"]).transform((v) => v === "true"),
});
