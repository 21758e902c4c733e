import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { sendUpTo } from "@/lib/consolidation/access";
import { PAGE_SIZE, SELECTABLE_STATUSES } from "@/lib/consolidation/filters";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeProgress, InitiativeType, RegistrationLevel, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { forwardBlocker, forwardFromJson, mapFields, type FieldMapping, type ForwardInfo, type ForwardJson } from "./rules";

type Actor = Pick<SessionUser, "roles">;

/**
 * JSON of one forward (the copy `c` of an initiative in another campaign) with the parent's outcome:
 * the copy's registration status and return comment, whether the parent marked it typical, and the
 * campaign it was forwarded on to, if any. Uses Initiative(forwardedFromId).
 */
const FORWARD_JSON = Prisma.sql`json_build_object(
    'id', c."id",
    'campaignId', c."campaignId",
    'documentNumber', pc."documentNumber",
    'forwardedAt', c."forwardedAt",
    'registrationStatus', cr."status",
    'returnComment', cr."returnComment",
    'isTypical', c."isTypical",
    'furtherDocumentNumber', (
      SELECT gc."documentNumber" FROM "Initiative" g JOIN "Campaign" gc ON gc."id" = g."campaignId"
      WHERE g."forwardedFromId" = c."id"
      ORDER BY g."forwardedAt", g."id" LIMIT 1
    )
  )`;

const FORWARDS_FROM = Prisma.sql`
  FROM "Initiative" c
  JOIN "Campaign" pc ON pc."id" = c."campaignId"
  JOIN "Registration" cr ON cr."id" = c."registrationId"`;

function parseForwards(json: string | null): ForwardInfo[] {
  if (!json) return [];
  return (JSON.parse(json) as ForwardJson[]).map(forwardFromJson);
}

/** Where each of these initiatives was forwarded and what became of it there: ONE query for a whole list. */
export async function forwardsOf(initiativeIds: readonly string[]): Promise<Map<string, ForwardInfo[]>> {
  const out = new Map<string, ForwardInfo[]>();
  if (initiativeIds.length === 0) return out;
  const db = await getDb();
  const rows = await db.$queryRaw<{ initiativeId: string; forwards: string }[]>`
    SELECT c."forwardedFromId" AS "initiativeId", json_agg(${FORWARD_JSON} ORDER BY c."forwardedAt", c."id")::text AS "forwards"
    ${FORWARDS_FROM}
    WHERE c."forwardedFromId" IN (${Prisma.join([...new Set(initiativeIds)])})
    GROUP BY c."forwardedFromId"`;
  for (const r of rows) out.set(r.initiativeId, parseForwards(r.forwards));
  return out;
}

export interface ForwardRow {
  id: string;
  content: string;
  type: InitiativeType;
  level: RegistrationLevel;
  progress: InitiativeProgress;
  completedOn: Date | null;
  isTypical: boolean;
  fieldId: string;
  fieldName: string;
  unitName: string;
  registrationStatus: SubmissionStatus;
  /** The chain's first unit when this initiative is itself a copy forwarded from below. */
  originUnitName: string | null;
  figures: number;
  forwards: ForwardInfo[];
  /** The forward to the CURRENT parent campaign, if any. */
  forwardToParent: ForwardInfo | null;
  /** Typical, of a form with the office, not yet forwarded to the parent. */
  selectable: boolean;
  /**
   * Its copy in the parent sits in a RETURNED registration and was not forwarded further: it may be
   * withdrawn ("Rút khỏi danh sách gửi lên") by whoever may forward.
   */
  withdrawable: boolean;
}

/**
 * The page "Gửi lên cấp trên" of a campaign: its typical initiatives (and any already forwarded),
 * each with the parent's outcome, the parent plan, the field mapping and what blocks forwarding.
 * Null when the user may not read the campaign's registrations (checked on its issuing unit).
 */
export async function getForwardPage(actor: Actor, campaignId: string, page = 1, pageSize = PAGE_SIZE) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      status: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      fields: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } },
      parentCampaign: {
        select: {
          id: true,
          documentNumber: true,
          title: true,
          status: true,
          registrationLevels: true,
          startsOn: true,
          endsOn: true,
          issuingUnit: { select: { id: true, path: true, name: true } },
          receivingUnit: { select: { id: true, name: true } },
          fields: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } },
          milestones: { where: { kind: "REGISTRATION" }, orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }], take: 1, select: { dueAt: true } },
        },
      },
    },
  });
  if (!campaign || !can(actor.roles, "read:registration", campaign.issuingUnit)) return null;
  const org = campaign.issuingUnit;
  const parent = campaign.parentCampaign;

  const [participant, parentRegistration] = parent
    ? await Promise.all([
        db.campaignUnit.findUnique({ where: { campaignId_unitId: { campaignId: parent.id, unitId: org.id } }, select: { unitId: true } }),
        db.registration.findUnique({
          where: { campaignId_unitId_ownerKey: { campaignId: parent.id, unitId: org.id, ownerKey: "UNIT" } },
          select: {
            id: true,
            status: true,
            lockVersion: true,
            submittedVersion: true,
            lastSubmittedAt: true,
            isLate: true,
            returnComment: true,
            _count: { select: { initiatives: true } },
          },
        }),
      ])
    : [null, null];
  const blocker = forwardBlocker({ organisationName: org.name, parent, isParticipant: !!participant });
  const mapping = parent ? mapFields(campaign.fields, parent.fields) : null;

  const where = Prisma.sql`
    WHERE i."campaignId" = ${campaign.id}
      AND ((i."isTypical" AND r."status" IN (${Prisma.join(SELECTABLE_STATUSES.map((s) => Prisma.sql`${s}::"SubmissionStatus"`))}))
           OR EXISTS (SELECT 1 FROM "Initiative" x WHERE x."forwardedFromId" = i."id"))`;
  const raw = await db.$queryRaw<
    (Omit<ForwardRow, "forwards" | "forwardToParent" | "selectable" | "withdrawable" | "completedOn"> & { completedOn: Date | string | null; forwards: string | null; total: number })[]
  >`
    SELECT i."id", i."content", i."type"::text AS "type", i."level"::text AS "level", i."progress"::text AS "progress",
           i."completedOn", i."isTypical", i."fieldId", f."name" AS "fieldName", u."name" AS "unitName",
           r."status"::text AS "registrationStatus", ou."name" AS "originUnitName",
           (SELECT count(*)::int FROM "InitiativeResult" ir WHERE ir."initiativeId" = i."id") AS "figures",
           fw."forwards",
           count(*) OVER ()::int AS "total"
    FROM "Initiative" i
    JOIN "Registration" r ON r."id" = i."registrationId"
    JOIN "ReformField" f ON f."id" = i."fieldId"
    JOIN "Unit" u ON u."id" = i."unitId"
    LEFT JOIN "Unit" ou ON ou."id" = i."originUnitId"
    LEFT JOIN LATERAL (
      SELECT json_agg(${FORWARD_JSON} ORDER BY c."forwardedAt", c."id")::text AS "forwards"
      ${FORWARDS_FROM}
      WHERE c."forwardedFromId" = i."id"
    ) fw ON true
    ${where}
    ORDER BY f."sortOrder", u."name", u."id", r."ownerKey", i."sortOrder", i."id"
    LIMIT ${pageSize} OFFSET ${(Math.max(1, page) - 1) * pageSize}`;

  const rows: ForwardRow[] = raw.map(({ total: _total, forwards, completedOn, ...r }) => {
    const list = parseForwards(forwards);
    const toParent = parent ? (list.find((f) => f.campaignId === parent.id) ?? null) : null;
    return {
      ...r,
      figures: Number(r.figures),
      completedOn: completedOn ? new Date(completedOn) : null,
      forwards: list,
      forwardToParent: toParent,
      selectable: r.isTypical && (SELECTABLE_STATUSES as readonly string[]).includes(r.registrationStatus) && !toParent,
      withdrawable: !!toParent && toParent.registrationStatus === "RETURNED" && !toParent.furtherDocumentNumber,
    };
  });
  const total = raw[0] ? Number(raw[0].total) : 0;

  const usedFields = new Set(rows.map((r) => r.fieldId));
  const mappings: FieldMapping[] = mapping ? campaign.fields.filter((f) => usedFields.has(f.id)).map((f) => mapping.get(f.id)!) : [];

  return {
    campaign: { id: campaign.id, documentNumber: campaign.documentNumber, title: campaign.title, status: campaign.status, issuingUnit: { id: org.id, name: org.name } },
    parent: parent
      ? {
          id: parent.id,
          documentNumber: parent.documentNumber,
          title: parent.title,
          status: parent.status,
          issuingUnitName: parent.issuingUnit.name,
          addressee: sendUpTo(parent),
          registrationDueAt: parent.milestones[0]?.dueAt ?? null,
          canRead: can(actor.roles, "read:campaign", parent.issuingUnit),
        }
      : null,
    parentRegistration: parentRegistration
      ? { ...parentRegistration, initiativeCount: parentRegistration._count.initiatives }
      : null,
    blocker,
    canForward: can(actor.roles, "forward:initiative", org),
    mappings,
    rows,
    total,
    page: Math.max(1, page),
    pageSize,
  };
}

export type ForwardPage = NonNullable<Awaited<ReturnType<typeof getForwardPage>>>;

export interface LineageNode {
  id: string;
  /** Negative: below the initiative (where it came from); 0: the initiative; positive: forwards above it. */
  depth: number;
  forwardedFromId: string | null;
  forwardedAt: Date | null;
  campaignId: string;
  documentNumber: string;
  campaignIssuerName: string;
  unitName: string;
  registrationStatus: SubmissionStatus;
  returnComment: string | null;
  isTypical: boolean;
}

/**
 * The whole chain of an initiative in ONE recursive query: down to the origin (following
 * forwardedFromId) and up through every forward (any depth, any branch). Names, statuses and ids only.
 */
export async function getLineage(initiativeId: string): Promise<LineageNode[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<(Omit<LineageNode, "forwardedAt"> & { forwardedAt: Date | string | null })[]>`
    WITH RECURSIVE down AS (
      SELECT i."id", i."forwardedFromId", 0 AS "depth" FROM "Initiative" i WHERE i."id" = ${initiativeId}
      UNION ALL
      SELECT p."id", p."forwardedFromId", d."depth" - 1 FROM "Initiative" p JOIN down d ON p."id" = d."forwardedFromId" WHERE d."depth" > -50
    ), up AS (
      SELECT i."id", 0 AS "depth" FROM "Initiative" i WHERE i."id" = ${initiativeId}
      UNION ALL
      SELECT c."id", u."depth" + 1 FROM "Initiative" c JOIN up u ON c."forwardedFromId" = u."id" WHERE u."depth" < 50
    ), chain AS (
      SELECT "id", "depth" FROM down
      UNION
      SELECT "id", "depth" FROM up WHERE "depth" > 0
    )
    SELECT n."id", n."depth"::int AS "depth", i."forwardedFromId", i."forwardedAt", i."campaignId",
           cp."documentNumber", iu."name" AS "campaignIssuerName", u."name" AS "unitName",
           r."status"::text AS "registrationStatus", r."returnComment", i."isTypical"
    FROM chain n
    JOIN "Initiative" i ON i."id" = n."id"
    JOIN "Campaign" cp ON cp."id" = i."campaignId"
    JOIN "Unit" iu ON iu."id" = cp."issuingUnitId"
    JOIN "Unit" u ON u."id" = i."unitId"
    JOIN "Registration" r ON r."id" = i."registrationId"
    ORDER BY n."depth", i."forwardedAt", i."id"`;
  return rows.map((r) => ({ ...r, depth: Number(r.depth), forwardedAt: r.forwardedAt ? new Date(r.forwardedAt) : null }));
}
