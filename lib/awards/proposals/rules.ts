import type { ParticipantType } from "@/lib/generated/prisma/enums";
import type { CriterionInput } from "../criteria";

/** Pure rules of proposals shared by the server and the editor. */

/** The criteria of a form that apply to a type of nominee (criteria without a type apply to all). */
export function criteriaFor(
  form: { criteria: readonly (CriterionInput & { recipientType: ParticipantType | null })[] },
  type: ParticipantType,
): CriterionInput[] {
  return form.criteria.filter((c) => c.recipientType === null || c.recipientType === type).map(({ id, content, kind, hard, recognitionLevel }) => ({ id, content, kind, hard, recognitionLevel: recognitionLevel ?? null }));
}

/** "Nguyễn Văn An" in "Nguyễn Văn An, Trần Thị B; Lê C" (whole names, case and composition insensitive). */
export function namesInclude(ownerNames: string | null | undefined, fullName: string): boolean {
  if (!ownerNames) return false;
  const norm = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  const wanted = norm(fullName);
  if (!wanted) return false;
  return ownerNames
    .split(/[,;\n]|\s+và\s+/)
    .map((n) => norm(n.replace(/^(ông|bà|anh|chị|đ\/c|đồng chí)\s+/i, "")))
    .some((n) => n === wanted);
}
