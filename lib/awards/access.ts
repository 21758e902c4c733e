import "server-only";
import { AWARD_PROPOSAL } from "@/lib/submissions/kinds";
import { can, type ScopedRole, type UnitRef } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import type { AwardProposalStatus, CampaignStatus } from "@/lib/generated/prisma/enums";

/**
 * Who may read, edit and submit an award proposal, decided from the proposal's own unit and its
 * campaign's issuing unit READ FROM THE DATABASE (`loadProposalForAccess`), never from the client.
 *
 * - The proposing unit's own people (edit:award "own": its head and staff) see it from the first
 *   draft; everyone else only once it has been submitted at least once.
 * - read:award on the proposing unit (an office above it: subtree) or on the campaign's issuing unit
 *   (the organisation's emulation office, leadership, council members, CCHC office).
 * - The nominee (an individual with an account) reads their own dossier once submitted.
 * - Whoever may read a proposal FORWARDED from it (the parent organisation's office and council read
 *   the origin's dossier through the copy they received), at any depth up the campaign chain.
 */

type Actor = { id?: string; roles: readonly ScopedRole[] };

/** Forwarding chains are short (unit → Sở → City); the nested select below follows this many levels. */
const FORWARD_LEVELS = 4;

export interface ProposalForwardNode {
  id: string;
  status: AwardProposalStatus;
  submittedVersion: number;
  nomineeUserId: string | null;
  unit: UnitRef;
  campaign: { issuingUnit: UnitRef };
  forwards?: ProposalForwardNode[];
}

export interface ProposalAccessRow extends ProposalForwardNode {
  campaignId: string;
  unitId: string;
  forwardedFromId: string | null;
  originProposalId: string | null;
  lockVersion: number;
  unit: UnitRef & { name: string };
  campaign: { id: string; status: CampaignStatus; issuingUnit: UnitRef & { name: string } };
}

const unitRef = { select: { id: true, path: true } } as const;
const nodeSelect = {
  id: true,
  status: true,
  submittedVersion: true,
  nomineeUserId: true,
  unit: unitRef,
  campaign: { select: { issuingUnit: unitRef } },
} as const;

function forwardsSelect(depth: number): object {
  if (depth <= 0) return { select: nodeSelect };
  return { select: { ...nodeSelect, forwards: forwardsSelect(depth - 1) } };
}

/** The proposal with everything the access rules need (its unit, campaign, the chain of forwarded copies), in one call. */
export async function loadProposalForAccess(db: Db | Tx, id: string): Promise<ProposalAccessRow | null> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
  const row = await db.awardProposal.findUnique({
    where: { id },
    select: {
      ...nodeSelect,
      campaignId: true,
      unitId: true,
      forwardedFromId: true,
      originProposalId: true,
      lockVersion: true,
      unit: { select: { id: true, path: true, name: true } },
      campaign: { select: { id: true, status: true, issuingUnit: { select: { id: true, path: true, name: true } } } },
      forwards: forwardsSelect(FORWARD_LEVELS - 1),
    },
  });
  return row as unknown as ProposalAccessRow | null;
}

/** The proposing unit's own people (its head and staff): they see and edit drafts. */
export function isProposalUnitMember(actor: Actor, p: { unit: UnitRef }): boolean {
  return can(actor.roles, "edit:award", p.unit);
}

function readsNode(actor: Actor, p: ProposalForwardNode, depth: number): boolean {
  if (isProposalUnitMember(actor, p)) return true;
  // A draft never submitted is the unit's own work.
  if (p.submittedVersion < 1 && p.status === "DRAFT") return false;
  if (can(actor.roles, "read:award", p.unit) || can(actor.roles, "read:award", p.campaign.issuingUnit)) return true;
  if (actor.id && p.nomineeUserId === actor.id) return true;
  if (depth >= FORWARD_LEVELS) return false;
  return (p.forwards ?? []).some((f) => readsNode(actor, f, depth + 1));
}

export function canReadProposal(actor: Actor, p: ProposalForwardNode): boolean {
  return readsNode(actor, p, 0);
}

export const PROPOSAL_EDITABLE_STATUSES = AWARD_PROPOSAL.editable;

export const PROPOSAL_NOT_EDITABLE_MESSAGE =
  "Đề nghị khen thưởng đã nộp: không sửa được nữa (khi Thường trực Hội đồng trả lại, đơn vị mới sửa và nộp lại được).";
export const PROPOSAL_CAMPAIGN_CLOSED_MESSAGE = "Kế hoạch thi đua không còn mở: không thay đổi đề nghị khen thưởng được.";
export const PROPOSAL_FORWARDED_MESSAGE = "Đây là bản trình lên từ kế hoạch cấp dưới: hồ sơ là của đơn vị gốc, chỉ xem.";

/** Why the proposal cannot be changed now (null: it can, permission aside). */
export function proposalEditProblem(p: Pick<ProposalAccessRow, "status" | "forwardedFromId"> & { campaign: { status: CampaignStatus } }): string | null {
  if (p.forwardedFromId) return PROPOSAL_FORWARDED_MESSAGE;
  if (!PROPOSAL_EDITABLE_STATUSES.includes(p.status)) return PROPOSAL_NOT_EDITABLE_MESSAGE;
  if (p.campaign.status !== "PUBLISHED") return PROPOSAL_CAMPAIGN_CLOSED_MESSAGE;
  return null;
}

/** edit:award on the proposal's unit (its head or staff), while the proposal is a draft or returned. */
export function canEditProposal(actor: Actor, p: Pick<ProposalAccessRow, "status" | "forwardedFromId" | "unit"> & { campaign: { status: CampaignStatus } }): boolean {
  return can(actor.roles, "edit:award", p.unit) && proposalEditProblem(p) === null;
}

/** Only the unit's head confirms and submits (submit:award), and only what is still editable. */
export function canSubmitProposal(actor: Actor, p: Pick<ProposalAccessRow, "status" | "forwardedFromId" | "unit"> & { campaign: { status: CampaignStatus } }): boolean {
  return can(actor.roles, "submit:award", p.unit) && canEditProposal(actor, p);
}
