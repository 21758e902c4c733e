import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { formatCalendarDate } from "@/lib/time/vn";
import type { InitiativeLife } from "./rules";

/**
 * What ties each of these initiatives to the world beyond its form: evidence files, result figures,
 * copies forwarded to another campaign, a part in a submitted Mẫu 2 report of `scope`'s unit and
 * campaign (a saved part of a report submitted at least once, or a part of a frozen version), the first
 * recognition decision naming it.
 *
 * One statement whatever the number of ids: every Mẫu 1 page an editor opens asks it for all its rows
 * (six statements before, one per kind of tie).
 */
export async function initiativeLives(db: Db | Tx, ids: readonly string[], scope: { campaignId: string; unitId: string }): Promise<Map<string, InitiativeLife>> {
  const out = new Map<string, InitiativeLife>(ids.map((id) => [id, { evidence: false, results: false, forwardedTo: [], inSubmittedReport: false }]));
  if (ids.length === 0) return out;
  const rows = await db.$queryRaw<
    { id: string; evidence: boolean; results: boolean; forwardedTo: string[]; inSubmittedReport: boolean; recognisedNumber: string | null; recognisedOn: Date | null }[]
  >`
    SELECT x."id",
      EXISTS (SELECT 1 FROM "EvidenceFile" e WHERE e."initiativeId" = x."id") AS "evidence",
      EXISTS (SELECT 1 FROM "InitiativeResult" r WHERE r."initiativeId" = x."id") AS "results",
      ARRAY(
        SELECT c."documentNumber" FROM "Initiative" f JOIN "Campaign" c ON c."id" = f."campaignId"
        WHERE f."forwardedFromId" = x."id" ORDER BY c."documentNumber"
      ) AS "forwardedTo",
      (
        EXISTS (
          SELECT 1 FROM "ReportInitiativePart" p JOIN "Report" rp ON rp."id" = p."reportId"
          WHERE p."initiativeId" = x."id" AND rp."firstSubmittedAt" IS NOT NULL
        )
        -- A frozen version names its parts in its snapshot: {"parts": [{"initiativeId": "…"}, …]}.
        OR EXISTS (
          SELECT 1 FROM "ReportVersion" v JOIN "Report" rp ON rp."id" = v."reportId"
          WHERE rp."campaignId" = ${scope.campaignId} AND rp."unitId" = ${scope.unitId}
            AND v."snapshot" -> 'parts' @> jsonb_build_array(jsonb_build_object('initiativeId', x."id"))
        )
      ) AS "inSubmittedReport",
      rec."number" AS "recognisedNumber", rec."signedOn" AS "recognisedOn"
    FROM unnest(${[...new Set(ids)]}::text[]) AS x("id")
    LEFT JOIN LATERAL (
      SELECT d."number", d."signedOn" FROM "RecognitionItem" ri JOIN "RecognitionDecision" d ON d."id" = ri."decisionId"
      WHERE ri."initiativeId" = x."id"
      ORDER BY d."signedOn", d."id"
      LIMIT 1
    ) rec ON true`;
  for (const r of rows) {
    out.set(r.id, {
      evidence: r.evidence,
      results: r.results,
      forwardedTo: r.forwardedTo,
      inSubmittedReport: r.inSubmittedReport,
      ...(r.recognisedNumber !== null && r.recognisedOn !== null && { recognisedBy: { number: r.recognisedNumber, signedOnText: formatCalendarDate(r.recognisedOn) } }),
    });
  }
  return out;
}
