import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { takesIdeas } from "@/lib/public-ideas/public-campaigns";
import { searchLibrary } from "@/lib/library/queries";
import { parseLibraryFilters } from "@/lib/library/schemas";

/**
 * What anyone may read without signing in (issue 14): campaigns marked public (never a draft), models
 * the owner unit or the office marked public, and award decisions of public campaigns. Each query
 * selects the columns a public page shows and nothing else: no contact data, no internal notes.
 */
export { LIBRARY_PAGE_SIZE as PUBLIC_LIBRARY_PAGE_SIZE } from "@/lib/library/queries";
export const PUBLIC_PAGE_SIZE = 20;

const publicCampaignWhere = { isPublic: true, status: { in: ["PUBLISHED", "CLOSED"] } } satisfies Prisma.CampaignWhereInput;

export async function listPublicCampaigns(page = 1, now = new Date()) {
  const db = await getDb();
  const [total, rows] = await Promise.all([
    db.campaign.count({ where: publicCampaignWhere }),
    db.campaign.findMany({
      where: publicCampaignWhere,
      orderBy: [{ issuedOn: "desc" }, { id: "asc" }],
      skip: (page - 1) * PUBLIC_PAGE_SIZE,
      take: PUBLIC_PAGE_SIZE,
      select: {
        id: true,
        documentNumber: true,
        title: true,
        theme: true,
        year: true,
        status: true,
        isPublic: true,
        acceptsPublicIdeas: true,
        startsOn: true,
        endsOn: true,
        issuingUnit: { select: { name: true } },
      },
    }),
  ]);
  return { total, rows: rows.map((r) => ({ ...r, takesIdeas: takesIdeas(r, now) })) };
}

export async function getPublicCampaign(id: string, now = new Date()) {
  const db = await getDb();
  const c = await db.campaign.findFirst({
    where: { id, ...publicCampaignWhere },
    select: {
      id: true,
      documentNumber: true,
      issuedOn: true,
      title: true,
      theme: true,
      purpose: true,
      participantsText: true,
      year: true,
      status: true,
      isPublic: true,
      acceptsPublicIdeas: true,
      startsOn: true,
      endsOn: true,
      signerName: true,
      signerTitle: true,
      issuingUnit: { select: { name: true } },
      fields: { select: { id: true, name: true }, orderBy: { sortOrder: "asc" } },
      criteria: { select: { id: true, participantType: true, content: true }, orderBy: [{ participantType: "asc" }, { sortOrder: "asc" }] },
      milestones: { select: { id: true, name: true, dueAt: true, responsibleRole: true }, orderBy: { dueAt: "asc" } },
      _count: { select: { publicIdeas: { where: { status: "ACCEPTED" } }, awardDecisions: true } },
    },
  });
  if (!c) return null;
  return { ...c, takesIdeas: takesIdeas(c, now) };
}

/** The public library: the library's own search (folded words, newest first), models marked public only. */
export async function listPublicModels(q: string, page = 1) {
  return searchLibrary(parseLibraryFilters({ q }), page, { isPublic: true });
}

export async function getPublicModel(id: string) {
  const db = await getDb();
  return db.recognisedModel.findFirst({
    where: { id, isPublic: true },
    select: {
      id: true,
      title: true,
      type: true,
      fieldName: true,
      level: true,
      year: true,
      description: true,
      recognisedOn: true,
      adoptionCount: true,
      unit: { select: { name: true } },
      decision: { select: { number: true, signedOn: true, issuingUnit: { select: { name: true } } } },
    },
  });
}

/** Decided awards of public campaigns, newest decision first, with the awardees named in each. */
export async function listPublicAwards(page = 1) {
  const db = await getDb();
  const where = { campaign: publicCampaignWhere } satisfies Prisma.AwardDecisionWhereInput;
  const [total, rows] = await Promise.all([
    db.awardDecision.count({ where }),
    db.awardDecision.findMany({
      where,
      orderBy: [{ signedOn: "desc" }, { id: "asc" }],
      skip: (page - 1) * 10,
      take: 10,
      select: {
        id: true,
        number: true,
        signedOn: true,
        summary: true,
        signerTitle: true,
        signerName: true,
        organisationUnit: { select: { name: true } },
        campaign: { select: { id: true, documentNumber: true, title: true } },
        proposals: {
          where: { status: "AWARDED" },
          orderBy: [{ certificateNo: "asc" }, { id: "asc" }],
          select: { id: true, nomineeName: true, nomineeType: true, nomineeIsBusiness: true, awardForm: { select: { name: true } }, nomineeUnit: { select: { name: true } } },
        },
      },
    }),
  ]);
  return { total, pageSize: 10, rows };
}
