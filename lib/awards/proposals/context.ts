import "server-only";
import { compareVi } from "@/lib/text/collate";
import { DomainError, notFoundError } from "@/lib/actions/result";
import { can, scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import type { Db, Tx } from "@/lib/db/client";
import { unitDeadline } from "@/lib/submissions/deadline";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipantType } from "@/lib/generated/prisma/enums";
import type { CriterionInput } from "../criteria";
import type { VotingRule } from "@/lib/council/rules";

/**
 * What the proposal mutations and pages share: the proposing unit and its campaign read from the
 * database, the award forms available in the campaign, the nominees a unit may propose, and the unit's
 * effective deadline of the campaign's AWARD_PROPOSAL milestone.
 */

type Client = Db | Tx;
type Actor = Pick<SessionUser, "roles">;

export const NOMINEE_OTHER_UNIT_MESSAGE = "Không được đề nghị khen thưởng cho tập thể, cá nhân thuộc đơn vị khác.";
export const HEAD_ONLY_MESSAGE = "Chỉ trưởng đơn vị mới xác nhận và nộp đề nghị khen thưởng.";
export const CONFIRM_MESSAGE = "Vui lòng đánh dấu xác nhận của trưởng đơn vị trước khi nộp.";
export const FORM_NOT_AVAILABLE_MESSAGE = "Hình thức khen thưởng này không áp dụng trong kế hoạch thi đua (không thuộc cơ quan ban hành kế hoạch hoặc cấp trên, hoặc đã ngừng sử dụng).";
export const NO_MILESTONE_MESSAGE = "Kế hoạch thi đua chưa có mốc “Đề nghị khen thưởng”: chưa nộp được đề nghị khen thưởng. Vui lòng liên hệ Thường trực Hội đồng Thi đua - Khen thưởng.";
export const ACHIEVEMENTS_REQUIRED_MESSAGE = "Vui lòng nhập tóm tắt thành tích của đối tượng được đề nghị.";

export function recipientRefusal(type: ParticipantType, formName: string): string {
  switch (type) {
    case "CITIZEN":
      return `Hình thức “${formName}” không dành cho người dân, doanh nghiệp.`;
    case "COLLECTIVE":
      return `Hình thức “${formName}” không dành cho tập thể.`;
    case "INDIVIDUAL":
      return `Hình thức “${formName}” không dành cho cá nhân.`;
  }
}

export const cutoffMessage = (at: string) => `Đã quá hạn cuối cùng nhận đề nghị khen thưởng (${at}): không nộp được nữa. Vui lòng liên hệ Thường trực Hội đồng Thi đua - Khen thưởng.`;
export const notOpenMessage = (at: string) => `Chưa đến thời gian nhận đề nghị khen thưởng (mở từ ${at}).`;

/** The ids of a unit and all its ancestors, from its materialised path ("/a/b/c/"). */
export function pathIds(path: string): string[] {
  return path.split("/").filter(Boolean);
}

const milestoneSelect = { id: true, name: true, dueAt: true, hardCutoffAt: true, opensAt: true } as const;

/** The campaign of a proposal, with the issuing unit, the AWARD_PROPOSAL milestone and whether `unitId` takes part. */
export async function loadProposalCampaign(db: Client, campaignId: string, unitId: string) {
  return db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      year: true,
      status: true,
      issuingUnit: { select: { id: true, name: true, path: true } },
      milestones: { where: { kind: "AWARD_PROPOSAL" }, orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }], take: 1, select: milestoneSelect },
      units: { where: { unitId }, take: 1, select: { unitId: true } },
    },
  });
}

export type ProposalCampaign = NonNullable<Awaited<ReturnType<typeof loadProposalCampaign>>>;

/**
 * The proposing unit (the actor must hold `permission` on it, read from the database) and the
 * published or closed campaign it takes part in; anything else is "not found".
 */
export async function loadProposingContext(db: Client, actor: Actor, campaignId: string, unitId: string, permission: "edit:award" | "read:award" = "edit:award") {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true, status: true } });
  if (!unit || !can(actor.roles, permission, unit)) throw notFoundError();
  const campaign = await loadProposalCampaign(db, campaignId, unit.id);
  if (!campaign || campaign.status === "DRAFT" || campaign.units.length === 0) throw notFoundError();
  return { unit, campaign, milestone: campaign.milestones[0] ?? null };
}

export type ProposingContext = Awaited<ReturnType<typeof loadProposingContext>>;

/** The units of the user where they hold `permission` ("own" scopes) that take part in the campaign. */
export async function proposingUnitChoices(db: Client, user: Actor, campaignId: string, permission: "edit:award" | "read:award" = "edit:award") {
  const ids = [...new Set(scopesFor(user.roles, permission).filter((s) => s.scope === "own").map((s) => s.unitId))];
  if (ids.length === 0) return null;
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      status: true,
      units: { where: { unitId: { in: ids } }, select: { unit: { select: { id: true, name: true } } } },
    },
  });
  if (!campaign || campaign.status === "DRAFT" || campaign.units.length === 0) return null;
  return { campaign, choices: campaign.units.map((u) => u.unit).sort((a, b) => compareVi(a.name, b.name)) };
}

/** The unit's effective deadline of the AWARD_PROPOSAL milestone (extension and cut-off), or nulls without one. */
export async function proposalDeadline(db: Client, milestone: ProposalCampaign["milestones"][number] | null, unitId: string) {
  return { ...(await unitDeadline(milestone, unitId, db as Tx)), opensAt: milestone?.opensAt ?? null, milestoneName: milestone?.name ?? null };
}

export type ProposalDeadline = Awaited<ReturnType<typeof proposalDeadline>>;

export interface AvailableForm {
  id: string;
  name: string;
  description: string | null;
  organisationUnitId: string;
  organisationName: string;
  /** The campaign's own organisation decides; otherwise the proposal goes up after the council. */
  withinAuthority: boolean;
  recipientTypes: ParticipantType[];
  rule: VotingRule;
  criteria: (CriterionInput & { recipientType: ParticipantType | null; sortOrder: number })[];
  documents: { id: string; kind: "PROPOSAL_LETTER" | "MEETING_MINUTES" | "ACHIEVEMENT_REPORT" | "OTHER"; name: string; required: boolean; sortOrder: number }[];
}

const formSelect = {
  id: true,
  name: true,
  description: true,
  organisationUnitId: true,
  recipientTypes: true,
  active: true,
  quorumNumerator: true,
  quorumDenominator: true,
  quorumStrict: true,
  thresholdNumerator: true,
  thresholdDenominator: true,
  thresholdStrict: true,
  thresholdBase: true,
  sortOrder: true,
  organisationUnit: { select: { name: true, depth: true } },
  criteria: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, content: true, kind: true, hard: true, recognitionLevel: true, recipientType: true, sortOrder: true } },
  documents: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, kind: true, name: true, required: true, sortOrder: true } },
} satisfies Prisma.AwardFormSelect;

type FormRow = {
  id: string;
  name: string;
  description: string | null;
  organisationUnitId: string;
  recipientTypes: ParticipantType[];
  quorumNumerator: number;
  quorumDenominator: number;
  quorumStrict: boolean;
  thresholdNumerator: number;
  thresholdDenominator: number;
  thresholdStrict: boolean;
  thresholdBase: "MEMBERS" | "VOTES_CAST";
  organisationUnit: { name: string };
  criteria: AvailableForm["criteria"];
  documents: AvailableForm["documents"];
};

export function toAvailableForm(f: FormRow, issuingUnitId: string): AvailableForm {
  return {
    id: f.id,
    name: f.name,
    description: f.description,
    organisationUnitId: f.organisationUnitId,
    organisationName: f.organisationUnit.name,
    withinAuthority: f.organisationUnitId === issuingUnitId,
    recipientTypes: f.recipientTypes,
    rule: {
      quorum: { numerator: f.quorumNumerator, denominator: f.quorumDenominator, strict: f.quorumStrict },
      threshold: { numerator: f.thresholdNumerator, denominator: f.thresholdDenominator, strict: f.thresholdStrict },
      thresholdBase: f.thresholdBase,
    },
    criteria: f.criteria,
    documents: f.documents,
  };
}

/** Active award forms of the campaign's issuing unit and of its ancestors (the campaign's own first). */
export async function availableForms(db: Client, issuingUnit: { id: string; path: string }): Promise<AvailableForm[]> {
  const rows = await db.awardForm.findMany({
    where: { organisationUnitId: { in: pathIds(issuingUnit.path) }, active: true },
    orderBy: [{ organisationUnit: { depth: "desc" } }, { sortOrder: "asc" }, { name: "asc" }],
    select: formSelect,
  });
  return rows.map((f) => toAvailableForm(f, issuingUnit.id));
}

/** One award form with its criteria and documents (active or not), as available in a campaign of `issuingUnit`. */
export async function loadAwardForm(db: Client, id: string, issuingUnit: { id: string; path: string }) {
  const f = await db.awardForm.findUnique({ where: { id }, select: formSelect });
  if (!f) return null;
  return { form: toAvailableForm(f, issuingUnit.id), active: f.active, available: f.active && pathIds(issuingUnit.path).includes(f.organisationUnitId) };
}

export { criteriaFor } from "./rules";

/** Who a unit may propose: itself and the active units below it; the active people of those units. */
export const PUBLIC_IDEA_MESSAGE = "Hiến kế được chọn không thuộc phong trào này, chưa được ghi nhận, hoặc không do đơn vị theo dõi.";

export async function nomineeOptions(db: Client, unit: { id: string; path: string }, campaignId?: string) {
  const [units, users, ideas] = await Promise.all([
    db.unit.findMany({
      where: { path: { startsWith: unit.path }, status: "ACTIVE" },
      orderBy: [{ depth: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
      take: 1000,
      select: { id: true, name: true, depth: true },
    }),
    db.user.findMany({
      where: { active: true, unit: { path: { startsWith: unit.path }, status: "ACTIVE" } },
      orderBy: [{ unit: { depth: "asc" } }, { unit: { sortOrder: "asc" } }, { fullName: "asc" }],
      take: 2000,
      select: { id: true, fullName: true, jobTitle: true, unit: { select: { name: true } } },
    }),
    // Issue 14: accepted ideas of citizens and businesses the unit (or a unit below it) follows in the campaign.
    campaignId
      ? db.publicIdea.findMany({
          where: { campaignId, status: "ACCEPTED", initiative: { unit: { path: { startsWith: unit.path } } } },
          orderBy: { decidedAt: "desc" },
          take: 500,
          select: { id: true, title: true, submitterName: true, submitterKind: true, campaign: { select: { documentNumber: true } } },
        })
      : [],
  ]);
  return {
    ideas: ideas.map((i) => ({ id: i.id, title: i.title, name: i.submitterName ?? "", isBusiness: i.submitterKind === "ORGANISATION", campaignNumber: i.campaign.documentNumber })),
    units: units.map((u) => ({ id: u.id, name: u.name })),
    users: users.map((u) => ({ id: u.id, fullName: u.fullName, jobTitle: u.jobTitle, unitName: u.unit.name })),
  };
}

export type NomineeOptions = Awaited<ReturnType<typeof nomineeOptions>>;

export interface ResolvedNominee {
  nomineeType: ParticipantType;
  nomineeUnitId: string | null;
  nomineeUserId: string | null;
  nomineeName: string;
  nomineeDetail: string | null;
  nomineeIsBusiness: boolean;
  /** An individual's unit (for the dossier). */
  unitName: string | null;
  /** Issue 14: the accepted idea of the citizen or business. */
  publicIdeaId: string | null;
}

/**
 * The nominee as the database has it, checked against the proposing unit: a collective is the unit or
 * an active unit below it; an individual an active person of those units; a citizen or business free
 * text. Anything else is refused with NOMINEE_OTHER_UNIT_MESSAGE (never "not found": the unit head
 * must learn why).
 */
export async function resolveNominee(
  db: Client,
  unit: { id: string; path: string },
  input: { nomineeType: ParticipantType; nomineeUnitId: string | null; nomineeUserId: string | null; nomineeName: string; nomineeDetail: string; nomineeIsBusiness: boolean; publicIdeaId?: string | null },
  campaignId?: string,
): Promise<ResolvedNominee> {
  const refuse = () => new DomainError("RULE", NOMINEE_OTHER_UNIT_MESSAGE, { nominee: NOMINEE_OTHER_UNIT_MESSAGE });
  const detail = input.nomineeDetail.trim() || null;
  if (input.nomineeType === "COLLECTIVE") {
    const u = input.nomineeUnitId ? await db.unit.findUnique({ where: { id: input.nomineeUnitId }, select: { id: true, name: true, path: true, status: true } }) : null;
    if (!u || u.status !== "ACTIVE" || !u.path.startsWith(unit.path)) throw refuse();
    return { nomineeType: "COLLECTIVE", nomineeUnitId: u.id, nomineeUserId: null, nomineeName: u.name, nomineeDetail: null, nomineeIsBusiness: false, unitName: u.name, publicIdeaId: null };
  }
  if (input.nomineeType === "INDIVIDUAL") {
    const p = input.nomineeUserId
      ? await db.user.findUnique({ where: { id: input.nomineeUserId }, select: { id: true, fullName: true, jobTitle: true, active: true, unit: { select: { name: true, path: true, status: true } } } })
      : null;
    if (!p || !p.active || p.unit.status !== "ACTIVE" || !p.unit.path.startsWith(unit.path)) throw refuse();
    return {
      nomineeType: "INDIVIDUAL",
      nomineeUnitId: null,
      nomineeUserId: p.id,
      nomineeName: p.fullName,
      nomineeDetail: detail ?? p.jobTitle ?? null,
      nomineeIsBusiness: false,
      unitName: p.unit.name,
      publicIdeaId: null,
    };
  }
  const name = input.nomineeName.trim().replace(/\s+/g, " ");
  if (input.publicIdeaId) {
    // An accepted idea of the campaign, followed by the proposing unit (or a unit below it): its sender is the nominee.
    const idea = await db.publicIdea.findUnique({
      where: { id: input.publicIdeaId },
      select: { id: true, campaignId: true, status: true, submitterName: true, submitterKind: true, initiative: { select: { unit: { select: { path: true } } } } },
    });
    if (!idea || idea.campaignId !== campaignId || idea.status !== "ACCEPTED" || !idea.initiative || !idea.initiative.unit.path.startsWith(unit.path)) {
      throw new DomainError("RULE", PUBLIC_IDEA_MESSAGE, { publicIdeaId: PUBLIC_IDEA_MESSAGE });
    }
    return {
      nomineeType: "CITIZEN",
      nomineeUnitId: null,
      nomineeUserId: null,
      nomineeName: name || idea.submitterName || "",
      nomineeDetail: detail,
      nomineeIsBusiness: idea.submitterKind === "ORGANISATION",
      unitName: null,
      publicIdeaId: idea.id,
    };
  }
  return { nomineeType: "CITIZEN", nomineeUnitId: null, nomineeUserId: null, nomineeName: name, nomineeDetail: detail, nomineeIsBusiness: input.nomineeIsBusiness, unitName: null, publicIdeaId: null };
}
