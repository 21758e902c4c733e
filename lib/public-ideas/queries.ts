import "server-only";
import { notFoundError } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/session";
import { can, scopesFor } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicIdeaStatus } from "@/lib/generated/prisma/enums";
import { CONFIRM_WINDOW_HOURS, DUPLICATE_SIMILARITY, titleSimilarity } from "./rules";

export const IDEA_PAGE_SIZE = 20;

/** The ideas the office sees: not withdrawn; confirmed, sent without e-mail, or still inside the confirmation window. */
export function officeVisibleWhere(now: Date): Prisma.PublicIdeaWhereInput {
  return {
    status: { not: "WITHDRAWN" },
    OR: [{ email: null }, { emailConfirmedAt: { not: null } }, { createdAt: { gt: new Date(now.getTime() - CONFIRM_WINDOW_HOURS * 3600_000) } }],
  };
}

async function campaignForOffice(user: SessionUser, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, documentNumber: true, title: true, status: true, isPublic: true, acceptsPublicIdeas: true, lockVersion: true, issuingUnit: { select: { id: true, path: true, name: true } } },
  });
  if (!campaign || !can(user.roles, "moderate:idea", campaign.issuingUnit)) throw notFoundError();
  return campaign;
}

interface DuplicateProbe {
  id: string;
  title: string;
  titleFolded: string;
  email: string | null;
  phone: string | null;
  status: PublicIdeaStatus;
}

/** Other ideas of the campaign with the same e-mail or phone, or a similar title (shared words). */
export function duplicatesOf(idea: DuplicateProbe, all: readonly DuplicateProbe[]) {
  return all
    .filter((o) => o.id !== idea.id)
    .map((o) => ({
      id: o.id,
      title: o.title,
      status: o.status,
      sameContact: (!!idea.email && o.email === idea.email) || (!!idea.phone && o.phone === idea.phone),
      similarity: titleSimilarity(idea.titleFolded, o.titleFolded),
    }))
    .filter((o) => o.sameContact || o.similarity >= DUPLICATE_SIMILARITY)
    .sort((a, b) => Number(b.sameContact) - Number(a.sameContact) || b.similarity - a.similarity)
    .slice(0, 5);
}

/** The office's queue of a campaign: one page, with counts per status and duplicate suggestions (three statements). */
export async function listIdeaQueue(user: SessionUser, campaignId: string, opts: { status: PublicIdeaStatus | null; page: number }, now = new Date()) {
  const campaign = await campaignForOffice(user, campaignId);
  const db = await getDb();
  const visible = { campaignId, ...officeVisibleWhere(now) } satisfies Prisma.PublicIdeaWhereInput;
  const where = { ...visible, ...(opts.status ? { status: opts.status } : {}) };
  const [counts, rows, probes] = await Promise.all([
    db.publicIdea.groupBy({ by: ["status"], where: visible, _count: { _all: true } }),
    db.publicIdea.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (opts.page - 1) * IDEA_PAGE_SIZE,
      take: IDEA_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        titleFolded: true,
        status: true,
        submitterKind: true,
        submitterName: true,
        email: true,
        phone: true,
        emailConfirmedAt: true,
        createdAt: true,
        unitAssessedAt: true,
        unitRecommendsAccept: true,
        field: { select: { name: true } },
        forwardedUnit: { select: { name: true } },
        _count: { select: { attachments: true } },
      },
    }),
    db.publicIdea.findMany({ where: visible, select: { id: true, title: true, titleFolded: true, email: true, phone: true, status: true }, take: 5000, orderBy: { createdAt: "desc" } }),
  ]);
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<PublicIdeaStatus, number>>;
  const total = opts.status ? (byStatus[opts.status] ?? 0) : counts.reduce((s, c) => s + c._count._all, 0);
  return {
    campaign,
    byStatus,
    total,
    rows: rows.map((r) => ({ ...r, duplicates: duplicatesOf(r, probes) })),
  };
}

/** One idea as the office sees it: with the submitter's contact, files, the unit's assessment and duplicates. */
export async function getIdeaForOffice(user: SessionUser, ideaId: string, now = new Date()) {
  const db = await getDb();
  const idea = await db.publicIdea.findFirst({
    where: { id: ideaId, ...officeVisibleWhere(now) },
    include: {
      field: { select: { id: true, name: true } },
      forwardedUnit: { select: { id: true, name: true } },
      attachments: { select: { id: true, fileName: true, sizeBytes: true, mimeType: true }, orderBy: { createdAt: "asc" } },
      initiative: { select: { id: true, content: true, unit: { select: { name: true } } } },
      campaign: {
        select: {
          id: true,
          documentNumber: true,
          title: true,
          status: true,
          issuingUnit: { select: { id: true, path: true, name: true } },
          fields: { select: { id: true, name: true }, orderBy: { sortOrder: "asc" } },
          units: { select: { unit: { select: { id: true, name: true, status: true } } }, orderBy: { unit: { name: "asc" } } },
        },
      },
    },
  });
  if (!idea || !can(user.roles, "moderate:idea", idea.campaign.issuingUnit)) throw notFoundError();
  const probes = await db.publicIdea.findMany({
    where: { campaignId: idea.campaignId, ...officeVisibleWhere(now) },
    select: { id: true, title: true, titleFolded: true, email: true, phone: true, status: true },
    take: 5000,
    orderBy: { createdAt: "desc" },
  });
  return { ...idea, duplicates: duplicatesOf(idea, probes) };
}

/** What a unit sees of an idea forwarded to it: the idea, never the submitter's name or contact. */
const unitSelect = {
  id: true,
  title: true,
  content: true,
  expectedBenefit: true,
  status: true,
  submitterKind: true,
  createdAt: true,
  forwardedAt: true,
  forwardNote: true,
  unitAssessment: true,
  unitRecommendsAccept: true,
  unitAssessedAt: true,
  answer: true,
  lockVersion: true,
  field: { select: { name: true } },
  forwardedUnit: { select: { id: true, name: true, path: true } },
  campaign: { select: { id: true, documentNumber: true, title: true } },
  attachments: { select: { id: true, fileName: true, sizeBytes: true } },
} satisfies Prisma.PublicIdeaSelect;

export async function listUnitIdeas(user: SessionUser) {
  const db = await getDb();
  const scopes = scopesFor(user.roles, "assess:idea");
  if (!scopes.length) return [];
  return db.publicIdea.findMany({
    where: { forwardedUnitId: { in: scopes.map((s) => s.unitId) }, status: { not: "WITHDRAWN" } },
    orderBy: [{ forwardedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: unitSelect,
  });
}

export async function getIdeaForUnit(user: SessionUser, ideaId: string) {
  const db = await getDb();
  const idea = await db.publicIdea.findUnique({ where: { id: ideaId }, select: unitSelect });
  if (!idea || idea.status === "WITHDRAWN" || !idea.forwardedUnit || !can(user.roles, "assess:idea", idea.forwardedUnit)) throw notFoundError();
  return idea;
}

/** An attachment, for the office that moderates or the unit the idea was forwarded to. */
export async function readableAttachment(user: SessionUser, fileId: string) {
  const db = await getDb();
  const file = await db.publicIdeaAttachment.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      sha256: true,
      storageKey: true,
      idea: { select: { status: true, campaign: { select: { issuingUnit: { select: { id: true, path: true } } } }, forwardedUnit: { select: { id: true, path: true } } } },
    },
  });
  if (!file || file.idea.status === "WITHDRAWN") return null;
  const office = can(user.roles, "moderate:idea", file.idea.campaign.issuingUnit);
  const unit = !!file.idea.forwardedUnit && can(user.roles, "assess:idea", file.idea.forwardedUnit);
  return office || unit ? file : null;
}
