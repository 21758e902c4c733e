import "server-only";
import { ruleError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import type { RegistrationLevel } from "@/lib/generated/prisma/enums";
import { foldForSearch } from "@/lib/text/fold";

/** Cấp Thành phố above cấp Sở: a model's library level is the highest level that recognised it. */
const LEVEL_RANK: Record<RegistrationLevel, number> = { DEPARTMENT: 1, CITY: 2 };

/** The folded text a library search matches: title, field, owner unit and the people named. */
export function librarySearchText(parts: { title: string; fieldName: string; unitName: string; ownerNames?: string | null }): string {
  return foldForSearch([parts.title, parts.fieldName, parts.unitName, parts.ownerNames ?? ""].join(" "));
}

/**
 * Brings the library entries (RecognisedModel) of the given lineages (origin initiative ids) in line with
 * their recognition items, inside the transaction that changed those items: an entry is created when a
 * lineage is first recognised, follows its highest level and latest decision at that level, and is removed
 * when no recognition is left. A model that units have adopted cannot lose its last recognition: the
 * caller's transaction is refused with a message saying where it spread.
 */
export async function syncRecognisedModels(tx: Tx, originInitiativeIds: readonly string[]): Promise<void> {
  const ids = [...new Set(originInitiativeIds)];
  if (ids.length === 0) return;
  const [items, origins, existing] = await Promise.all([
    tx.recognitionItem.findMany({
      where: { originInitiativeId: { in: ids } },
      select: { originInitiativeId: true, level: true, decision: { select: { id: true, signedOn: true } } },
    }),
    tx.initiative.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        content: true,
        type: true,
        ownerNames: true,
        unitId: true,
        unit: { select: { name: true } },
        field: { select: { name: true } },
        reportParts: { select: { summary: true }, orderBy: { report: { phase: "desc" } }, take: 1 },
      },
    }),
    tx.recognisedModel.findMany({ where: { initiativeId: { in: ids } }, select: { id: true, initiativeId: true, adoptionCount: true, title: true } }),
  ]);
  for (const origin of origins) {
    const mine = items.filter((i) => i.originInitiativeId === origin.id);
    const current = existing.find((e) => e.initiativeId === origin.id);
    if (mine.length === 0) {
      if (!current) continue;
      const adoptions = await tx.modelAdoption.count({ where: { modelId: current.id } });
      if (adoptions > 0) {
        throw ruleError(
          `Mô hình “${current.title.slice(0, 80)}” đã được nhân rộng tại ${adoptions} đơn vị: không thể bỏ quyết định công nhận cuối cùng của mô hình này.`,
        );
      }
      await tx.replicationAssignment.deleteMany({ where: { modelId: current.id } });
      await tx.recognisedModel.delete({ where: { id: current.id } });
      continue;
    }
    // Highest level first, then the latest decision at that level.
    const best = [...mine].sort(
      (a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.decision.signedOn.getTime() - a.decision.signedOn.getTime(),
    )[0];
    const data = {
      unitId: origin.unitId,
      title: origin.content,
      fieldName: origin.field.name,
      type: origin.type,
      level: best.level,
      year: best.decision.signedOn.getUTCFullYear(), // a @db.Date: the calendar date at UTC midnight
      decisionId: best.decision.id,
      recognisedOn: best.decision.signedOn,
      searchText: librarySearchText({ title: origin.content, fieldName: origin.field.name, unitName: origin.unit.name, ownerNames: origin.ownerNames }),
    };
    if (current) await tx.recognisedModel.update({ where: { id: current.id }, data });
    else await tx.recognisedModel.create({ data: { ...data, initiativeId: origin.id, description: origin.reportParts[0]?.summary ?? null } });
  }
}
