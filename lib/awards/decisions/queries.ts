import "server-only";
import { can, scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { awardeeOrder, defaultDecisionSummary } from "./rules";

export const DECISIONS_PAGE_SIZE = 20;

const awardeeSelect = {
  id: true,
  nomineeType: true,
  nomineeName: true,
  nomineeDetail: true,
  nomineeIsBusiness: true,
  unit: { select: { id: true, name: true } },
  awardForm: { select: { id: true, name: true, sortOrder: true } },
} satisfies Prisma.AwardProposalSelect;

/**
 * The "Ghi nhận quyết định khen thưởng" page of a campaign: null when the user may not read the
 * campaign's awards. Candidates: proposals the council approved whose award form belongs to the
 * campaign's issuing unit (within its authority) and that no decision names yet.
 */
export async function getDecisionFormPage(user: SessionUser, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, documentNumber: true, title: true, year: true, issuingUnit: { select: { id: true, path: true, name: true } } },
  });
  if (!campaign || !can(user.roles, "read:award", campaign.issuingUnit)) return null;
  const org = campaign.issuingUnit;
  const [candidates, beyond, sessions, me] = await Promise.all([
    db.awardProposal.findMany({
      where: { campaignId, status: "APPROVED", decisionId: null, awardForm: { organisationUnitId: org.id } },
      select: {
        ...awardeeSelect,
        agendaItems: {
          where: { outcome: "APPROVED", session: { status: "CLOSED" } },
          orderBy: { tallyFrozenAt: "desc" },
          take: 1,
          select: { session: { select: { id: true, title: true, meetingAt: true } } },
        },
      },
      take: 1000,
    }),
    db.awardProposal.count({ where: { campaignId, status: "APPROVED", awardForm: { organisationUnitId: { not: org.id } } } }),
    db.councilSession.findMany({
      where: { campaignId, status: "CLOSED" },
      orderBy: { meetingAt: "desc" },
      select: { id: true, title: true, meetingAt: true },
    }),
    db.user.findUnique({ where: { id: user.id }, select: { fullName: true, jobTitle: true } }),
  ]);
  candidates.sort(awardeeOrder);
  return {
    campaign,
    canDecide: can(user.roles, "decide:award", org),
    candidates: candidates.map(({ agendaItems, ...p }) => ({ ...p, session: agendaItems[0]?.session ?? null })),
    beyondAuthority: beyond,
    sessions,
    defaults: {
      signerName: me?.fullName ?? user.fullName,
      signerTitle: me?.jobTitle ?? "",
      summary: defaultDecisionSummary(campaign),
      // The session most approvals come from.
      sessionId: sessions.length === 1 ? sessions[0].id : (mostCommon(candidates.map((c) => c.agendaItems[0]?.session.id)) ?? ""),
    },
  };
}

function mostCommon(ids: (string | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

const decisionListSelect = {
  id: true,
  number: true,
  signedOn: true,
  signerName: true,
  signerTitle: true,
  summary: true,
  createdAt: true,
  organisationUnit: { select: { name: true } },
  campaign: { select: { id: true, documentNumber: true, year: true } },
  session: { select: { id: true, title: true } },
  _count: { select: { proposals: true } },
} satisfies Prisma.AwardDecisionSelect;

/** Where the user reads decisions: organisations under one of their read:award subtree roles. */
function decisionScope(user: SessionUser): Prisma.AwardDecisionWhereInput | null {
  const scopes = scopesFor(user.roles, "read:award").filter((s) => s.scope !== "own");
  if (!scopes.length) return null;
  if (scopes.some((s) => s.scope === "any")) return {};
  return { OR: scopes.map((s) => ({ organisationUnit: { path: { startsWith: s.unitPath } } })) };
}

/** Decisions across the campaigns of the organisations the user leads or serves (newest first), one page. */
export async function listDecisions(user: SessionUser, page: number) {
  const scope = decisionScope(user);
  if (!scope) return { rows: [], total: 0, page: 1, pageSize: DECISIONS_PAGE_SIZE, canDecideSomewhere: false };
  const db = await getDb();
  const [rows, total] = await Promise.all([
    db.awardDecision.findMany({
      where: scope,
      orderBy: [{ signedOn: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * DECISIONS_PAGE_SIZE,
      take: DECISIONS_PAGE_SIZE,
      select: decisionListSelect,
    }),
    db.awardDecision.count({ where: scope }),
  ]);
  return { rows, total, page, pageSize: DECISIONS_PAGE_SIZE, canDecideSomewhere: scopesFor(user.roles, "decide:award").length > 0 };
}

/** The decisions of one campaign; null when the user may not read its awards. */
export async function listCampaignDecisions(user: SessionUser, campaignId: string, page: number) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, documentNumber: true, title: true, year: true, issuingUnit: { select: { id: true, path: true, name: true } } },
  });
  if (!campaign || !can(user.roles, "read:award", campaign.issuingUnit)) return null;
  const where = { campaignId };
  const [rows, total, waiting] = await Promise.all([
    db.awardDecision.findMany({
      where,
      orderBy: [{ signedOn: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * DECISIONS_PAGE_SIZE,
      take: DECISIONS_PAGE_SIZE,
      select: decisionListSelect,
    }),
    db.awardDecision.count({ where }),
    db.awardProposal.count({ where: { campaignId, status: "APPROVED", decisionId: null, awardForm: { organisationUnitId: campaign.issuingUnit.id } } }),
  ]);
  return { campaign, rows, total, page, pageSize: DECISIONS_PAGE_SIZE, waiting, canDecide: can(user.roles, "decide:award", campaign.issuingUnit) };
}

/** One decision with its awardees in certificate order; null for users outside the organisation. */
export async function getDecision(user: SessionUser, decisionId: string) {
  const db = await getDb();
  const d = await db.awardDecision.findUnique({
    where: { id: decisionId },
    select: {
      id: true,
      number: true,
      signedOn: true,
      signerName: true,
      signerTitle: true,
      summary: true,
      createdAt: true,
      organisationUnit: { select: { id: true, path: true, name: true, code: true, documentSymbol: true, parent: { select: { name: true } } } },
      campaign: { select: { id: true, documentNumber: true, title: true, year: true } },
      session: { select: { id: true, title: true, meetingAt: true } },
      proposals: {
        orderBy: [{ certificateNo: "asc" }, { id: "asc" }],
        select: { ...awardeeSelect, certificateNo: true, nomineeUser: { select: { jobTitle: true, unit: { select: { name: true } } } } },
      },
    },
  });
  if (!d || !can(user.roles, "read:award", d.organisationUnit)) return null;
  const createdBy = await db.auditLog.findFirst({
    where: { entityType: "AwardDecision", entityId: d.id, action: "award-decision.create" },
    select: { actor: { select: { fullName: true } }, at: true },
  });
  return { decision: d, recordedBy: createdBy?.actor?.fullName ?? null };
}
