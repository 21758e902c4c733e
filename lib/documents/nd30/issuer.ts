import "server-only";
import { placeOf } from "@/lib/awards/decisions/official";
import { getDb } from "@/lib/db/client";
import type { DocumentIssuerInfo } from "./issuer-info";
import { unitSymbol } from "./model";

/**
 * What the header block says about a unit that issues a document: its name, the body directly above
 * it, its symbol for the number, and the place for the date line (the province or city of the nearest
 * "Ủy ban nhân dân …" above it, as Nghị định 30 writes it). One query: the unit and its ancestors.
 */
export async function documentIssuer(unitId: string): Promise<DocumentIssuerInfo | null> {
  const db = await getDb();
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { name: true, code: true, documentSymbol: true, path: true, parent: { select: { name: true } } } });
  if (!unit) return null;
  const ids = unit.path.split("/").filter(Boolean);
  const ancestors = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const nearestFirst = ids
    .reverse()
    .map((id) => ancestors.find((a) => a.id === id)?.name)
    .filter((n): n is string => !!n);
  return { name: unit.name, parentName: unit.parent?.name ?? null, symbol: unitSymbol(unit), place: placeOf(...nearestFirst) };
}
