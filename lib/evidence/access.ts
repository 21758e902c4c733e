import "server-only";
import { can, type ScopedRole } from "@/lib/auth/roles";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import {
  canEditProgress,
  canReadInitiative,
  canReadThroughForwards,
  canReadUnitRecord,
  initiativeAccessSelect,
  MAX_CHAIN_DEPTH,
  progressEditProblem,
} from "@/lib/progress/access";
import { CAMPAIGN_CLOSED_MESSAGE, FORWARDED_READ_ONLY_MESSAGE, PROGRESS_NOT_OPEN_MESSAGE } from "@/lib/progress/rules";
import { canReadProposal, isProposalUnitMember, loadProposalForAccess, proposalEditProblem } from "@/lib/awards/access";

type Actor = { id?: string; roles: readonly ScopedRole[] };

/** An initiative's or a Mẫu 2 report's evidence, or a document of an award proposal's dossier (issue 5). */
export type EvidenceTarget = { kind: "initiative" | "report" | "award"; id: string };

export const REPORT_NOT_EDITABLE_MESSAGE =
  "Báo cáo đã nộp hoặc đã được tiếp nhận: không thêm, xoá hoặc thay tệp minh chứng được nữa (khi Bộ phận CCHC trả lại, đơn vị mới sửa được).";

export interface TargetAccess {
  target: EvidenceTarget;
  unitId: string;
  campaignId: string;
  /** The initiative is a forwarded copy: its evidence is the origin's (read-only). */
  forwardedFromId: string | null;
  canRead: boolean;
  /**
   * The actor reads the record from outside its unit (an office, leadership): of a report's files
   * they see only those a submitted version cites (locked), never what the unit is still drafting.
   */
  lockedOnly: boolean;
  /** The actor holds the edit permission on the record's unit. */
  mayEdit: boolean;
  /** Why the record cannot be changed now (null: it can). */
  problem: string | null;
  canEdit: boolean;
  label: string;
}

/**
 * Who may do what with the evidence of a record (an initiative or a Mẫu 2 report), computed from the
 * record's own unit and campaign read from the database. Null when the record does not exist.
 */
export async function evidenceTargetAccess(actor: Actor, target: EvidenceTarget, db?: Db | Tx): Promise<TargetAccess | null> {
  const d = db ?? (await getDb());
  if (target.kind === "award") return awardTargetAccess(d, actor, target);
  if (target.kind === "initiative") {
    const ini = await d.initiative.findUnique({ where: { id: target.id }, select: { ...initiativeAccessSelect, content: true } });
    if (!ini) return null;
    const canRead = await canReadInitiative(d, actor, ini);
    const mayEdit = can(actor.roles, "edit:progress", ini.unit);
    const p = progressEditProblem(ini);
    const problem = p === "FORWARDED" ? FORWARDED_READ_ONLY_MESSAGE : p === "NOT_SUBMITTED" ? PROGRESS_NOT_OPEN_MESSAGE : p === "CAMPAIGN_CLOSED" ? CAMPAIGN_CLOSED_MESSAGE : null;
    return {
      target,
      unitId: ini.unitId,
      campaignId: ini.campaignId,
      forwardedFromId: ini.forwardedFromId,
      canRead,
      lockedOnly: false,
      mayEdit,
      problem,
      canEdit: canRead && canEditProgress(actor, ini),
      label: `“${ini.content.slice(0, 80)}${ini.content.length > 80 ? "…" : ""}”`,
    };
  }
  const report = await d.report.findUnique({
    where: { id: target.id },
    select: {
      id: true,
      unitId: true,
      campaignId: true,
      status: true,
      firstSubmittedAt: true,
      unit: { select: { id: true, path: true, name: true } },
      campaign: { select: { status: true, issuingUnit: { select: { id: true, path: true } } } },
    },
  });
  if (!report) return null;
  // read:report also reaches the offices above the unit (subtree): it does not make them the unit's own people.
  const member = isReportUnitMember(actor, report.unit);
  const canRead = member || (report.firstSubmittedAt !== null && canReadUnitRecord(actor, report.unit, report.campaign.issuingUnit));
  const mayEdit = can(actor.roles, "edit:report", report.unit);
  const problem =
    report.status !== "DRAFT" && report.status !== "RETURNED"
      ? REPORT_NOT_EDITABLE_MESSAGE
      : report.campaign.status !== "PUBLISHED"
        ? "Kế hoạch thi đua không còn mở: không thay đổi minh chứng được."
        : null;
  return {
    target,
    unitId: report.unitId,
    campaignId: report.campaignId,
    forwardedFromId: null,
    canRead,
    lockedOnly: !member,
    mayEdit,
    problem,
    canEdit: canRead && mayEdit && problem === null,
    label: `báo cáo của ${report.unit.name}`,
  };
}

/**
 * A dossier document of an award proposal: read = canReadProposal; outside the proposing unit only
 * files a submitted version cites (locked); change = edit:award on the proposal's unit while it is a
 * draft or returned (never a forwarded copy: its documents are the origin's).
 */
async function awardTargetAccess(d: Db | Tx, actor: Actor, target: EvidenceTarget): Promise<TargetAccess | null> {
  const p = await loadProposalForAccess(d, target.id);
  if (!p) return null;
  const canRead = canReadProposal(actor, p);
  const member = isProposalUnitMember(actor, p);
  const mayEdit = can(actor.roles, "edit:award", p.unit);
  const problem = proposalEditProblem(p);
  return {
    target,
    unitId: p.unitId,
    campaignId: p.campaignId,
    forwardedFromId: p.forwardedFromId,
    canRead,
    lockedOnly: !member,
    mayEdit,
    problem,
    canEdit: canRead && mayEdit && problem === null,
    label: "hồ sơ đề nghị khen thưởng",
  };
}

/**
 * The unit's own people for its reports: permissions granted only on the unit itself ("own": its head
 * and staff). Not read:report, which the CCHC office and leadership hold over their whole subtree.
 */
export function isReportUnitMember(actor: Actor, unit: { id: string; path: string }): boolean {
  return can(actor.roles, "edit:report", unit) || can(actor.roles, "participate:campaign", unit);
}

export const evidenceFileSelect = {
  id: true,
  initiativeId: true,
  reportId: true,
  awardProposalId: true,
  unitId: true,
  campaignId: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  storageKey: true,
  lockedAt: true,
  supersededAt: true,
  createdAt: true,
  unit: { select: { id: true, path: true } },
} as const;

/**
 * The evidence file if `user` may download it, else null (the route answers 404 either way).
 * Allowed: whoever may read the file's unit (read:registration / read:report on it: the unit's own
 * people, the offices above it), the office / leadership / steering committee of the file's campaign
 * (read on its issuing unit), or whoever may read an initiative FORWARDED from the file's initiative
 * (followed up the campaign chain at any depth).
 * A file of a Mẫu 2 report is a draft document until a submitted version cites it: readers other
 * than the unit's own people get it only once it is locked (`lockedAt`, set exactly when a submitted
 * version cites it), so the office never sees what the unit is still drafting.
 */
export async function canReadEvidence(user: Actor, fileId: string) {
  if (typeof fileId !== "string" || fileId.length === 0 || fileId.length > 64) return null;
  const db = await getDb();
  const file = await db.evidenceFile.findUnique({ where: { id: fileId }, select: evidenceFileSelect });
  if (!file) return null;
  if (file.awardProposalId) {
    // A dossier document: the proposal's readers (through forwarded copies too); outside the
    // proposing unit only once a submitted version cites it.
    const p = await loadProposalForAccess(db, file.awardProposalId);
    if (!p || !canReadProposal(user, p)) return null;
    return isProposalUnitMember(user, p) || file.lockedAt ? file : null;
  }
  if (file.reportId) {
    if (isReportUnitMember(user, file.unit)) return file;
    if (!file.lockedAt) return null;
  }
  const campaign = await db.campaign.findUnique({ where: { id: file.campaignId }, select: { issuingUnit: { select: { id: true, path: true } } } });
  if (campaign && canReadUnitRecord(user, file.unit, campaign.issuingUnit)) return file;
  if (!campaign && (can(user.roles, "read:registration", file.unit) || can(user.roles, "read:report", file.unit))) return file;
  if (file.initiativeId && (await canReadThroughForwards(db, user, file.initiativeId))) return file;
  if (file.initiativeId && user.id && (await isAssignedEvaluator(db, user.id, file.initiativeId))) return file;
  if (file.initiativeId && (await isSharedInLibrary(db, user, file.initiativeId, file.id))) return file;
  if (file.initiativeId && user.id && (await isSurveyTeamFile(db, user.id, file.initiativeId))) return file;
  return null;
}

/**
 * Issue 13: a file the owner marked shareable, of an initiative whose lineage is in the library of
 * recognised models, is readable by every library reader (`read:library`). Nothing else of the lineage is.
 */
async function isSharedInLibrary(db: Db | Tx, user: Actor, initiativeId: string, fileId: string): Promise<boolean> {
  if (!can(user.roles, "read:library")) return false;
  const f = await db.evidenceFile.findUnique({ where: { id: fileId }, select: { shareable: true, supersededAt: true } });
  if (!f?.shareable || f.supersededAt) return false;
  const i = await db.initiative.findUnique({ where: { id: initiativeId }, select: { id: true, originInitiativeId: true } });
  if (!i) return false;
  const n = await db.recognisedModel.count({ where: { initiativeId: i.originInitiativeId ?? i.id } });
  return n > 0;
}

/** Issue 13: a member of an announced survey round's team reads the evidence of the initiatives its visits look at. */
async function isSurveyTeamFile(db: Db | Tx, userId: string, initiativeId: string): Promise<boolean> {
  const n = await db.surveyVisitInitiative.count({
    where: { initiativeId, visit: { round: { status: { not: "DRAFT" }, team: { some: { userId } } } } },
  });
  return n > 0;
}

/**
 * An appraisal evaluator reads the dossier of the initiatives assigned to them, whatever their unit's
 * rights: an ACTIVE panel member with a (not declined) assignment on the initiative, or on a copy
 * forwarded from it (at any depth), in a round that is open or closed (lib/appraisal/scoring).
 */
async function isAssignedEvaluator(db: Db | Tx, userId: string, initiativeId: string): Promise<boolean> {
  const ids = [initiativeId];
  let frontier = [initiativeId];
  for (let depth = 0; depth < MAX_CHAIN_DEPTH && frontier.length > 0; depth++) {
    const copies = await db.initiative.findMany({ where: { forwardedFromId: { in: frontier } }, select: { id: true } });
    frontier = copies.map((c) => c.id).filter((id) => !ids.includes(id));
    ids.push(...frontier);
  }
  const n = await db.appraisalAssignment.count({
    where: {
      status: { not: "DECLINED" },
      item: { initiativeId: { in: ids } },
      evaluator: { userId, active: true },
      round: { status: { in: ["OPEN", "CLOSED"] } },
    },
  });
  return n > 0;
}

export type ReadableEvidenceFile = NonNullable<Awaited<ReturnType<typeof canReadEvidence>>>;
