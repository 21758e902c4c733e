import "server-only";
import { compareVi } from "@/lib/text/collate";
import { can, scopesFor, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { formatShare } from "@/lib/council/rules";
import { getDb } from "@/lib/db/client";
import type { AwardCriterionKind, DossierDocumentKind, ParticipantType } from "@/lib/generated/prisma/enums";
import { ruleOfRow, type AwardFormInput, type AwardFormListFilter } from "./schemas";

export const AWARD_FORM_PAGE_SIZE = 20;

export interface Organisation {
  id: string;
  name: string;
  path: string;
}

/**
 * The organisations whose reference data the user manages with `permission`: the units of the roles
 * that grant it (the Sở of a standing office, the City of Sở Nội vụ's office), in tree order.
 * Records are still authorised one by one with can() on the record's own organisation.
 */
export async function organisationsFor(user: SessionUser, permission: Permission): Promise<Organisation[]> {
  const ids = [...new Set(scopesFor(user.roles, permission).map((s) => s.unitId))];
  if (ids.length === 0) return [];
  const db = await getDb();
  const units = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, path: true, depth: true, sortOrder: true } });
  return units
    .sort((a, b) => a.depth - b.depth || a.sortOrder - b.sortOrder || compareVi(a.name, b.name))
    .map(({ id, name, path }) => ({ id, name, path }));
}

/** The organisation chosen by ?org= among the user's, else the first. */
export function pickOrganisation(orgs: Organisation[], wanted: string | undefined): Organisation | null {
  return orgs.find((o) => o.id === wanted) ?? orgs[0] ?? null;
}

export interface AwardFormListRow {
  id: string;
  name: string;
  recipientTypes: ParticipantType[];
  active: boolean;
  criteriaCount: number;
  hardCount: number;
  documentCount: number;
  quorum: string;
  threshold: string;
  thresholdBase: "MEMBERS" | "VOTES_CAST";
  quorumStrict: boolean;
  thresholdStrict: boolean;
  /** Proposals past the draft stage (the form's history). */
  usedCount: number;
  lockVersion: number;
}

/** The forms of one organisation the user manages, active first then by order; one query plus the count. */
export async function listAwardForms(user: SessionUser, filter: AwardFormListFilter) {
  const organisations = await organisationsFor(user, "manage:award-form");
  const org = pickOrganisation(organisations, filter.org || undefined);
  const page = filter.page;
  if (!org) return { organisations, org, rows: [] as AwardFormListRow[], total: 0, page, pageSize: AWARD_FORM_PAGE_SIZE };
  const db = await getDb();
  const where = { organisationUnitId: org.id };
  const [total, forms] = await Promise.all([
    db.awardForm.count({ where }),
    db.awardForm.findMany({
      where,
      orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
      skip: (page - 1) * AWARD_FORM_PAGE_SIZE,
      take: AWARD_FORM_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        recipientTypes: true,
        active: true,
        lockVersion: true,
        quorumNumerator: true,
        quorumDenominator: true,
        quorumStrict: true,
        thresholdNumerator: true,
        thresholdDenominator: true,
        thresholdStrict: true,
        thresholdBase: true,
        criteria: { select: { hard: true } },
        _count: { select: { documents: true, proposals: { where: { status: { not: "DRAFT" } } } } },
      },
    }),
  ]);
  const rows: AwardFormListRow[] = forms.map((f) => {
    const rule = ruleOfRow(f);
    return {
      id: f.id,
      name: f.name,
      recipientTypes: f.recipientTypes,
      active: f.active,
      criteriaCount: f.criteria.length,
      hardCount: f.criteria.filter((c) => c.hard).length,
      documentCount: f._count.documents,
      quorum: formatShare(rule.quorum),
      threshold: formatShare(rule.threshold),
      quorumStrict: f.quorumStrict,
      thresholdStrict: f.thresholdStrict,
      thresholdBase: f.thresholdBase,
      usedCount: f._count.proposals,
      lockVersion: f.lockVersion,
    };
  });
  return { organisations, org, rows, total, page, pageSize: AWARD_FORM_PAGE_SIZE };
}

export interface AwardFormForEdit {
  id: string;
  organisation: Organisation;
  lockVersion: number;
  active: boolean;
  values: AwardFormInput;
  /** Proposals past the draft stage, and those of each recipient type (any stage). */
  usedCount: number;
  usedByType: Partial<Record<ParticipantType, number>>;
  updatedAt: Date;
}

/** A form for its editor; null when the user may not manage it (the page answers 404). */
export async function getAwardFormForEdit(user: SessionUser, id: string): Promise<AwardFormForEdit | null> {
  const db = await getDb();
  const f = await db.awardForm.findUnique({
    where: { id },
    include: {
      organisationUnit: { select: { id: true, name: true, path: true } },
      criteria: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
      documents: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
    },
  });
  if (!f || !can(user.roles, "manage:award-form", f.organisationUnit)) return null;
  const [usedCount, byType] = await Promise.all([
    db.awardProposal.count({ where: { awardFormId: id, status: { not: "DRAFT" } } }),
    db.awardProposal.groupBy({ by: ["nomineeType"], where: { awardFormId: id }, _count: { _all: true } }),
  ]);
  const rule = ruleOfRow(f);
  return {
    id: f.id,
    organisation: f.organisationUnit,
    lockVersion: f.lockVersion,
    active: f.active,
    usedCount,
    usedByType: Object.fromEntries(byType.map((g) => [g.nomineeType, g._count._all])),
    updatedAt: f.updatedAt,
    values: {
      lockVersion: f.lockVersion,
      organisationUnitId: f.organisationUnitId,
      name: f.name,
      description: f.description ?? "",
      recipientTypes: f.recipientTypes,
      criteria: f.criteria.map((c) => ({
        id: c.id,
        content: c.content,
        recipientType: c.recipientType ?? "",
        kind: c.kind as AwardCriterionKind,
        hard: c.hard,
        recognitionLevel: c.recognitionLevel ?? "",
      })),
      documents: f.documents.map((d) => ({ id: d.id, kind: d.kind as DossierDocumentKind, name: d.name, required: d.required })),
      quorumShare: formatShare(rule.quorum),
      quorumComparison: rule.quorum.strict ? "MORE_THAN" : "AT_LEAST",
      thresholdShare: formatShare(rule.threshold),
      thresholdComparison: rule.threshold.strict ? "MORE_THAN" : "AT_LEAST",
      thresholdBase: rule.thresholdBase,
      active: f.active,
    },
  };
}

/** A new form: the usual rule (quorum at least 2/3 present, more than half of the members agree) and the usual dossier. */
export function newAwardFormDefaults(organisationUnitId: string): AwardFormInput {
  return {
    organisationUnitId,
    name: "",
    description: "",
    recipientTypes: ["COLLECTIVE", "INDIVIDUAL"],
    criteria: [
      { content: "Hoàn thành tốt nhiệm vụ trở lên trong năm.", recipientType: "", kind: "RATING_AT_LEAST_GOOD", hard: true },
      { content: "Không bị xử lý kỷ luật trong năm.", recipientType: "", kind: "NO_DISCIPLINE", hard: true },
    ],
    documents: [
      { kind: "PROPOSAL_LETTER", name: "Tờ trình đề nghị khen thưởng của đơn vị", required: true },
      { kind: "MEETING_MINUTES", name: "Biên bản họp xét thi đua, khen thưởng của đơn vị", required: true },
      { kind: "ACHIEVEMENT_REPORT", name: "Báo cáo thành tích có xác nhận của Thủ trưởng đơn vị", required: true },
    ],
    quorumShare: "2/3",
    quorumComparison: "AT_LEAST",
    thresholdShare: "50%",
    thresholdComparison: "MORE_THAN",
    thresholdBase: "MEMBERS",
    active: true,
  };
}

/** For the hub: how many forms (active / all) each organisation has. */
export async function awardFormCounts(orgIds: string[]) {
  if (orgIds.length === 0) return new Map<string, { active: number; total: number }>();
  const db = await getDb();
  const groups = await db.awardForm.groupBy({ by: ["organisationUnitId", "active"], where: { organisationUnitId: { in: orgIds } }, _count: { _all: true } });
  const out = new Map<string, { active: number; total: number }>();
  for (const g of groups) {
    const c = out.get(g.organisationUnitId) ?? { active: 0, total: 0 };
    c.total += g._count._all;
    if (g.active) c.active += g._count._all;
    out.set(g.organisationUnitId, c);
  }
  return out;
}

/** For the hub: the latest published campaigns of the organisations, with their proposals counted by status (two queries). */
export async function hubCampaigns(orgIds: string[], take = 10) {
  if (orgIds.length === 0) return [];
  const db = await getDb();
  const campaigns = await db.campaign.findMany({
    where: { issuingUnitId: { in: orgIds }, status: { not: "DRAFT" } },
    orderBy: [{ year: "desc" }, { issuedOn: "desc" }, { id: "asc" }],
    take,
    select: { id: true, documentNumber: true, title: true, year: true, status: true, issuingUnit: { select: { name: true } } },
  });
  const groups = campaigns.length
    ? await db.awardProposal.groupBy({ by: ["campaignId", "status"], where: { campaignId: { in: campaigns.map((c) => c.id) }, status: { not: "DRAFT" } }, _count: { _all: true } })
    : [];
  return campaigns.map((c) => {
    const count = (status: string) => groups.find((g) => g.campaignId === c.id && g.status === status)?._count._all ?? 0;
    return { ...c, waiting: count("SUBMITTED"), ready: count("ADMITTED"), approved: count("APPROVED"), awarded: count("AWARDED") };
  });
}
