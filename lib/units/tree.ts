/** Materialised paths: "/rootId/childId/". A unit's subtree is every unit whose path starts with its own. */
export function childPath(parentPath: string | null | undefined, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

export function isInSubtree(candidatePath: string, ancestorPath: string): boolean {
  return candidatePath.startsWith(ancestorPath);
}

export function depthOf(path: string): number {
  return path.split("/").filter(Boolean).length - 1;
}

export const UNIT_KIND_LABELS = {
  CITY: "Thành phố",
  DEPARTMENT: "Sở, ban, ngành",
  DISTRICT: "Quận, huyện",
  WARD: "Phường, xã",
  OFFICE: "Phòng, ban, trung tâm",
  OTHER: "Khác",
} as const;

export interface TreeNodeInput {
  id: string;
  parentId: string | null;
  name: string;
  sortOrder: number;
}

/**
 * Orders units depth-first (parents before their children, siblings by sortOrder then Vietnamese
 * name) and gives each its level in the list. Units whose parent is missing from the input are roots.
 */
export function sortAsTree<T extends TreeNodeInput>(units: readonly T[]): (T & { level: number })[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, T[]>();
  for (const u of units) {
    const key = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    const list = children.get(key) ?? [];
    list.push(u);
    children.set(key, list);
  }
  const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || collator.compare(a.name, b.name));
  const out: (T & { level: number })[] = [];
  const visit = (parent: string | null, level: number) => {
    for (const u of children.get(parent) ?? []) {
      out.push({ ...u, level });
      visit(u.id, level + 1);
    }
  };
  visit(null, 0);
  return out;
}
