import "server-only";
import { getDb } from "@/lib/db/client";


/** Change history of one record, newest first (the caller has already checked the user may read the record). */
export async function getRecordHistory(entityType: string, entityId: string, take = 100) {
  const db = await getDb();
  return db.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: { at: "desc" },
    take,
    include: { actor: { select: { fullName: true, username: true } } },
  });
}
