import { compareVi } from "@/lib/text/collate";
/** Pure helpers to present a unit subtree as an indented checkbox list. */

export interface TreeUnit {
  id: string;
  parentId: string | null;
  name: string;
  sortOrder: number;
  status: "ACTIVE" | "CLOSED";
}

export interface UnitOption {
  id: string;
  name: string;
  /** 0 = a direct child of the issuing unit. */
  depth: number;
  active: boolean;
  /** Ids of every option below this one (for "select the whole branch"). */
  descendantIds: string[];
}

/**
 * Depth-first order of the units below `rootId` (the root itself excluded), children by sortOrder
 * then name. Units whose parent is not in the list (should not happen) are appended at depth 0.
 */
export function flattenSubtree(rootId: string, units: readonly TreeUnit[]): UnitOption[] {
  const byParent = new Map<string, TreeUnit[]>();
  for (const u of units) {
    if (u.id === rootId) continue;
    const key = u.parentId ?? "";
    const list = byParent.get(key) ?? [];
    list.push(u);
    byParent.set(key, list);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || compareVi(a.name, b.name));

  const out: UnitOption[] = [];
  const seen = new Set<string>();
  const visit = (u: TreeUnit, depth: number): string[] => {
    if (seen.has(u.id)) return [];
    seen.add(u.id);
    const option: UnitOption = { id: u.id, name: u.name, depth, active: u.status === "ACTIVE", descendantIds: [] };
    out.push(option);
    for (const child of byParent.get(u.id) ?? []) {
      option.descendantIds.push(child.id, ...visit(child, depth + 1));
    }
    return option.descendantIds;
  };
  for (const u of byParent.get(rootId) ?? []) visit(u, 0);
  for (const u of units) if (u.id !== rootId && !seen.has(u.id)) visit(u, 0);
  return out;
}

/** Ids of the strict ancestors of a unit, from its materialised path "/a/b/c/" (→ a, b). */
export function ancestorIdsOf(path: string): string[] {
  const ids = path.split("/").filter(Boolean);
  return ids.slice(0, -1);
}
