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
