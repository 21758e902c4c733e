import "server-only";
import { unitSymbol } from "@/lib/documents/nd30/model";
import { conflictError, DomainError, forbiddenError, notFoundError, ruleError, type FieldErrors } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { describeRule } from "@/lib/council/rules";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { submissionDeadline } from "@/lib/submissions/deadline";
import { uploadEvidence } from "@/lib/evidence/mutations";
import { removeStored } from "@/lib/evidence/storage";
import type { AwardProposalStatus } from "@/lib/generated/prisma/enums";
import { AWARD_PROPOSAL } from "@/lib/submissions/kinds";
import { freezeVersion } from "@/lib/submissions/freeze";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import { isProposalUnitMember, loadProposalForAccess, PROPOSAL_CAMPAIGN_CLOSED_MESSAGE, PROPOSAL_EDITABLE_STATUSES, proposalEditProblem } from "../access";
import { evaluateCriteria, failsHardCriterion, missingDeclarations, type CriterionResult } from "../criteria";
import { dossierDraftDocx } from "../dossier-drafts";
import { loadNomineeInitiatives, loadPortalFacts } from "../facts";
import { DOCUMENT_KIND_LABELS, NOMINEE_TYPE_LABELS } from "../labels";
import {
  ACHIEVEMENTS_REQUIRED_MESSAGE,
  CONFIRM_MESSAGE,
  criteriaFor,
  cutoffMessage,
  FORM_NOT_AVAILABLE_MESSAGE,
  HEAD_ONLY_MESSAGE,
  loadAwardForm,
  loadProposingContext,
  NO_MILESTONE_MESSAGE,
  notOpenMessage,
  recipientRefusal,
  resolveNominee,
  type AvailableForm,
  type ProposingContext,
  type ResolvedNominee,
} from "./context";
import type { DraftModel } from "./dossier-text";
import { declarationsOf, loadDossierDocuments, missingDocuments } from "./queries";
import { GENERATED_DESCRIPTION, type DeleteProposalInput, type GenerateDraftInput, type ProposalForm } from "./schemas";
import { snapshotFileIds, type ProposalSnapshot } from "./snapshot";

type Actor = Pick<SessionUser, "id" | "roles" | "fullName">;

export const DUPLICATE_MESSAGE = (name: string, formName: string, unitName: string) =>
  `${name} đã được ${unitName} đề nghị “${formName}” trong kế hoạch này: mỗi đối tượng chỉ được đề nghị một lần cho mỗi hình thức khen thưởng.`;
export const DELETE_ONLY_DRAFT_MESSAGE = "Chỉ xoá được đề nghị đang soạn, chưa nộp lần nào.";


/** The proposing unit and its running campaign, for a write by the unit's head or staff. */
async function editContext(actor: Actor, form: Pick<ProposalForm, "campaignId" | "unitId">): Promise<ProposingContext> {
  const db = await getDb();
  const ctx = await loadProposingContext(db, actor, form.campaignId, form.unitId, "edit:award");
  if (ctx.campaign.status !== "PUBLISHED") throw ruleError(PROPOSAL_CAMPAIGN_CLOSED_MESSAGE);
  return ctx;
}

/**
 * Another proposal (not a draft) for the same nominee and award form in the campaign, by any unit.
 * Citizens and businesses are compared by name.
 */
async function duplicateOf(tx: Tx, campaignId: string, awardFormId: string, n: ResolvedNominee, excludeId: string | null) {
  const who =
    n.nomineeType === "COLLECTIVE"
      ? { nomineeUnitId: n.nomineeUnitId }
      : n.nomineeType === "INDIVIDUAL"
        ? { nomineeUserId: n.nomineeUserId }
        : { nomineeType: "CITIZEN" as const, nomineeName: { equals: n.nomineeName, mode: "insensitive" as const } };
  return tx.awardProposal.findFirst({
    where: { campaignId, awardFormId, status: { not: "DRAFT" }, ...who, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true, unit: { select: { name: true } } },
  });
}

/** The award form, available in the campaign and taking this kind of nominee; else the reason next to the field. */
async function requireForm(tx: Tx, ctx: ProposingContext, awardFormId: string, type: ResolvedNominee["nomineeType"]): Promise<AvailableForm> {
  const f = await loadAwardForm(tx, awardFormId, ctx.campaign.issuingUnit);
  if (!f || !f.available) throw ruleError(FORM_NOT_AVAILABLE_MESSAGE, { awardFormId: FORM_NOT_AVAILABLE_MESSAGE });
  if (!f.form.recipientTypes.includes(type)) {
    const m = recipientRefusal(type, f.form.name);
    throw ruleError(m, { awardFormId: m });
  }
  return f.form;
}

export interface ProposalSaveResult {
  proposalId: string;
  lockVersion: number;
  status: AwardProposalStatus;
  changed: boolean;
}

/**
 * Saves the draft inside `tx`: creates the proposal on first save (the proposing unit read from the
 * database, never the client's), else checks the lockVersion and that it is still editable. The
 * nominee and the award form are checked against the unit and the campaign every time.
 */
async function writeDraft(tx: Tx, actor: Actor, ctx: ProposingContext, form: ProposalForm) {
  let existing: { id: string; status: AwardProposalStatus; lockVersion: number } | null = null;
  if (form.proposalId) {
    const access = await loadProposalForAccess(tx, form.proposalId);
    if (!access || access.unitId !== ctx.unit.id || access.campaignId !== ctx.campaign.id || !isProposalUnitMember(actor, access)) throw notFoundError();
    if (access.lockVersion !== form.lockVersion) throw conflictError();
    const problem = proposalEditProblem(access);
    if (problem) throw ruleError(problem);
    existing = { id: access.id, status: access.status, lockVersion: access.lockVersion };
  } else if (form.lockVersion !== 0) {
    throw conflictError();
  }

  const nominee = await resolveNominee(tx, ctx.unit, form, ctx.campaign.id);
  const awardForm = await requireForm(tx, ctx, form.awardFormId, nominee.nomineeType);
  const dup = await duplicateOf(tx, ctx.campaign.id, awardForm.id, nominee, existing?.id ?? null);
  if (dup) throw ruleError(DUPLICATE_MESSAGE(nominee.nomineeName, awardForm.name, dup.unit.name), { nominee: DUPLICATE_MESSAGE(nominee.nomineeName, awardForm.name, dup.unit.name) });

  const criteria = criteriaFor(awardForm, nominee.nomineeType);
  const declaredIds = new Set(criteria.filter((c) => c.kind === "DECLARED").map((c) => c.id));
  const answers = Object.fromEntries(Object.entries(form.answers).filter(([k]) => declaredIds.has(k)));
  const data = {
    awardFormId: awardForm.id,
    nomineeType: nominee.nomineeType,
    nomineeUnitId: nominee.nomineeUnitId,
    nomineeUserId: nominee.nomineeUserId,
    nomineeName: nominee.nomineeName,
    nomineeDetail: nominee.nomineeDetail,
    nomineeIsBusiness: nominee.nomineeIsBusiness,
    publicIdeaId: nominee.publicIdeaId,
    achievements: form.achievements.replace(/\r\n/g, "\n").trim() || null,
    // A citizen or business has no rating or discipline record (file 004's criteria are declared instead).
    declaredRating: nominee.nomineeType === "CITIZEN" ? null : form.declaredRating,
    declaredNoDiscipline: nominee.nomineeType === "CITIZEN" ? null : form.declaredNoDiscipline,
    declarations: answers,
  };

  let proposalId: string;
  let lockVersion: number;
  let status: AwardProposalStatus;
  if (!existing) {
    const created = await tx.awardProposal.create({
      data: { ...data, campaignId: ctx.campaign.id, unitId: ctx.unit.id, status: "DRAFT", createdById: actor.id, updatedById: actor.id },
      select: { id: true, lockVersion: true },
    });
    proposalId = created.id;
    lockVersion = created.lockVersion;
    status = "DRAFT";
  } else {
    const { count } = await tx.awardProposal.updateMany({
      where: { id: existing.id, lockVersion: form.lockVersion, status: { in: [...PROPOSAL_EDITABLE_STATUSES] } },
      data: { ...data, lockVersion: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) throw conflictError();
    proposalId = existing.id;
    lockVersion = form.lockVersion + 1;
    status = existing.status;
  }
  await writeAudit(tx, actor.id, {
    action: existing ? "award-proposal.save" : "award-proposal.create",
    entityType: "AwardProposal",
    entityId: proposalId,
    unitId: ctx.unit.id,
    campaignId: ctx.campaign.id,
    after: { ...data, achievements: data.achievements ? `${data.achievements.length} ký tự` : null, status, lockVersion },
    summary: `${existing ? "Lưu" : "Tạo"} đề nghị khen thưởng “${awardForm.name}” cho ${NOMINEE_TYPE_LABELS[nominee.nomineeType].toLocaleLowerCase("vi")} ${nominee.nomineeName}`,
  });
  return { result: { proposalId, lockVersion, status, changed: true } satisfies ProposalSaveResult, nominee, awardForm };
}

/** "Lưu nháp": the unit's head or staff. */
export async function saveProposalDraft(actor: Actor, form: ProposalForm): Promise<ProposalSaveResult> {
  const ctx = await editContext(actor, form);
  return inTransaction(async (tx) => (await writeDraft(tx, actor, ctx, form)).result);
}

/** Deletes a draft never submitted, with its documents (rows and stored files). */
export async function deleteProposalDraft(actor: Actor, input: DeleteProposalInput) {
  const db = await getDb();
  const access = await loadProposalForAccess(db, input.proposalId);
  if (!access || !isProposalUnitMember(actor, access)) throw notFoundError();
  if (access.status !== "DRAFT" || access.submittedVersion > 0) throw ruleError(DELETE_ONLY_DRAFT_MESSAGE);
  if (access.lockVersion !== input.lockVersion) throw conflictError();
  const files = await db.evidenceFile.findMany({ where: { awardProposalId: access.id }, select: { storageKey: true } });
  const p = await db.awardProposal.findUniqueOrThrow({ where: { id: access.id }, select: { nomineeName: true, awardForm: { select: { name: true } } } });
  await inTransaction(async (tx) => {
    await tx.evidenceFile.deleteMany({ where: { awardProposalId: access.id } });
    const { count } = await tx.awardProposal.deleteMany({ where: { id: access.id, lockVersion: input.lockVersion, status: "DRAFT", submittedVersion: 0 } });
    if (count === 0) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "award-proposal.delete",
      entityType: "AwardProposal",
      entityId: access.id,
      unitId: access.unitId,
      campaignId: access.campaignId,
      before: { nomineeName: p.nomineeName, awardForm: p.awardForm.name, documents: files.length },
      summary: `Xoá đề nghị khen thưởng đang soạn “${p.awardForm.name}” cho ${p.nomineeName}`,
    });
  });
  for (const f of files) await removeStored(f.storageKey).catch(() => {});
  return { campaignId: access.campaignId, unitId: access.unitId };
}

function declarationFieldErrors(missing: CriterionResult[]): FieldErrors {
  const out: FieldErrors = {};
  for (const m of missing) {
    if (m.kind === "RATING_AT_LEAST_GOOD" || m.kind === "RATING_EXCELLENT") out.declaredRating ??= "Vui lòng kê khai mức xếp loại.";
    else if (m.kind === "NO_DISCIPLINE") out.declaredNoDiscipline ??= "Vui lòng kê khai việc bị xử lý kỷ luật trong năm.";
    else out[`answers.${m.id}`] = "Vui lòng xác nhận đạt hoặc chưa đạt.";
  }
  return out;
}

/**
 * "Xác nhận và nộp": only the unit's head (submit:award), before the campaign's AWARD_PROPOSAL
 * milestone (late: accepted and marked; at or after the hard cut-off: refused). Saves pending edits
 * and, in the same transaction, checks the dossier (achievements, every declaration answered, every
 * required document present), computes the criteria check against the portal's facts, freezes version
 * n+1 (snapshot citing the documents, which are locked from then on), the SUBMIT review row and the
 * audit row. Also resubmits a returned proposal.
 */
export async function submitProposal(actor: Actor, form: ProposalForm, now: Date = new Date()) {
  const ctx = await editContext(actor, form);
  if (!can(actor.roles, "submit:award", ctx.unit)) throw new DomainError("FORBIDDEN", HEAD_ONLY_MESSAGE);
  if (form.confirmed !== true) throw ruleError(CONFIRM_MESSAGE, { confirmed: CONFIRM_MESSAGE });
  const milestone = ctx.milestone;
  if (!milestone) throw ruleError(NO_MILESTONE_MESSAGE);
  if (milestone.opensAt && now.getTime() < milestone.opensAt.getTime()) throw ruleError(notOpenMessage(formatDateTimeVN(milestone.opensAt)));

  return inTransaction(async (tx) => {
    const { dueAt } = await submissionDeadline(tx, milestone, ctx.unit.id, now, (cutoffAt) => cutoffMessage(formatDeadline(cutoffAt)));

    const { result: saved, nominee, awardForm } = await writeDraft(tx, actor, ctx, form);
    const p = await tx.awardProposal.findUniqueOrThrow({
      where: { id: saved.proposalId },
      select: {
        id: true,
        status: true,
        lockVersion: true,
        submittedVersion: true,
        firstSubmittedAt: true,
        isLate: true,
        achievements: true,
        declaredRating: true,
        declaredNoDiscipline: true,
        declarations: true,
        publicIdeaId: true,
        publicIdea: { select: { title: true, status: true, campaign: { select: { documentNumber: true } } } },
        nomineeUser: { select: { unit: { select: { name: true } } } },
      },
    });
    if (p.lockVersion !== saved.lockVersion) throw conflictError();

    // Everything the dossier lacks, said at once.
    const problems: string[] = [];
    const fieldErrors: FieldErrors = {};
    if (!p.achievements?.trim()) {
      problems.push(ACHIEVEMENTS_REQUIRED_MESSAGE);
      fieldErrors.achievements = ACHIEVEMENTS_REQUIRED_MESSAGE;
    }
    const facts = await loadPortalFacts(tx, ctx.campaign.id, { type: nominee.nomineeType, unitId: nominee.nomineeUnitId, userId: nominee.nomineeUserId }, now);
    const criteria = evaluateCriteria(criteriaFor(awardForm, nominee.nomineeType), facts, declarationsOf(p));
    const missing = missingDeclarations(criteria);
    if (missing.length) {
      problems.push(`Chưa kê khai, xác nhận: ${missing.map((m) => `“${m.content}”`).join("; ")}.`);
      Object.assign(fieldErrors, declarationFieldErrors(missing));
    }
    const docs = await loadDossierDocuments(tx, [p.id], awardForm.documents, false);
    const lacking = missingDocuments(docs);
    if (lacking.length) {
      const m = `Hồ sơ còn thiếu: ${lacking.join("; ")}.`;
      problems.push(m);
      fieldErrors.documents = m;
    }
    if (problems.length) throw ruleError(`Chưa nộp được đề nghị khen thưởng. ${problems.join(" ")}`, fieldErrors);

    const fails = failsHardCriterion(criteria);
    const current = [...docs.slots.flatMap((s) => s.files), ...docs.others];
    const rule = describeRule(awardForm.rule);
    const snapshot: ProposalSnapshot = {
      campaign: { id: ctx.campaign.id, documentNumber: ctx.campaign.documentNumber, title: ctx.campaign.title, issuingUnitName: ctx.campaign.issuingUnit.name },
      unit: { id: ctx.unit.id, name: ctx.unit.name },
      nominee: {
        type: nominee.nomineeType,
        name: nominee.nomineeName,
        detail: nominee.nomineeDetail,
        isBusiness: nominee.nomineeIsBusiness,
        unitId: nominee.nomineeUnitId,
        userId: nominee.nomineeUserId,
        unitName: nominee.unitName,
      },
      awardForm: { id: awardForm.id, name: awardForm.name, organisationName: awardForm.organisationName, withinAuthority: awardForm.withinAuthority, quorum: rule.quorum, threshold: rule.threshold },
      achievements: p.achievements ?? "",
      declaredRating: p.declaredRating,
      declaredNoDiscipline: p.declaredNoDiscipline,
      facts,
      criteria,
      failsHardCriterion: fails,
      documents: current.map((f) => ({ id: f.id, kind: f.kind, fileName: f.fileName, mimeType: f.mimeType, sizeBytes: f.sizeBytes, sha256: f.sha256 })),
      dueAt: dueAt.toISOString(),
      confirmedBy: { id: actor.id, name: actor.fullName, at: now.toISOString() },
    };
    const { versionNo, versionIsLate } = await freezeVersion(tx, AWARD_PROPOSAL, actor.id, {
      record: { ...p, lockVersion: saved.lockVersion },
      from: AWARD_PROPOSAL.editable,
      now,
      dueAt,
      snapshot: () => snapshot,
      data: { criteriaCheck: criteria as unknown as object, failsHardCriterion: fails },
    });
    // Documents cited by a submitted version can no longer be deleted, only replaced by a newer file.
    const ids = snapshotFileIds(snapshot);
    const locked = ids.length ? (await tx.evidenceFile.updateMany({ where: { id: { in: ids }, supersededAt: null, lockedAt: null }, data: { lockedAt: now } })).count : 0;
    await writeAudit(tx, actor.id, {
      action: "award-proposal.submit",
      entityType: "AwardProposal",
      entityId: p.id,
      unitId: ctx.unit.id,
      campaignId: ctx.campaign.id,
      before: { status: p.status, submittedVersion: p.submittedVersion },
      after: { status: "SUBMITTED", submittedVersion: versionNo, isLate: versionIsLate, failsHardCriterion: fails, submittedAt: now.toISOString(), lockedFiles: locked },
      summary: `Nộp đề nghị khen thưởng “${awardForm.name}” cho ${nominee.nomineeName} (phiên bản ${versionNo})${versionIsLate ? " – trễ hạn" : ""}${fails ? " – chưa đạt tiêu chí bắt buộc" : ""}, lúc ${formatDateTimeVN(now)}`,
    });
    return { proposalId: p.id, versionNo, isLate: versionIsLate, failsHardCriterion: fails, lockVersion: saved.lockVersion + 1 };
  });
}

/** The data of a draft document, read from the proposal (the unit's own people only). */
async function draftModel(proposalId: string): Promise<DraftModel> {
  const db = await getDb();
  const p = await db.awardProposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: {
      campaignId: true,
      nomineeType: true,
      nomineeUnitId: true,
      nomineeUserId: true,
      nomineeName: true,
      nomineeDetail: true,
      nomineeIsBusiness: true,
      achievements: true,
      declaredRating: true,
      declaredNoDiscipline: true,
      declarations: true,
      publicIdeaId: true,
      publicIdea: { select: { title: true, status: true, campaign: { select: { documentNumber: true } } } },
      awardFormId: true,
      unit: { select: { name: true, shortName: true, documentSymbol: true, code: true, parent: { select: { name: true } } } },
      nomineeUser: { select: { unit: { select: { name: true } } } },
      campaign: { select: { documentNumber: true, title: true, year: true, issuingUnit: { select: { id: true, name: true, path: true, parent: { select: { name: true } } } } } },
    },
  });
  const issuer = p.campaign.issuingUnit;
  const form = (await loadAwardForm(db, p.awardFormId, issuer))!.form;
  const nomineeRef = { type: p.nomineeType, unitId: p.nomineeUnitId, userId: p.nomineeUserId };
  const facts = await loadPortalFacts(db, p.campaignId, nomineeRef);
  const initiatives = await loadNomineeInitiatives(db, p.campaignId, nomineeRef, 50);
  const declarations = declarationsOf(p);
  const criteria = evaluateCriteria(criteriaFor(form, p.nomineeType), facts, declarations);
  return {
    parentBodyName: p.unit.parent?.name ?? issuer.parent?.name ?? "",
    unitName: p.unit.name,
    unitSymbol: unitSymbol(p.unit),
    organisationName: issuer.name,
    campaign: p.campaign,
    place: "Thành phố Hồ Chí Minh",
    nominee: {
      type: p.nomineeType,
      name: p.nomineeName,
      detail: p.nomineeDetail,
      isBusiness: p.nomineeIsBusiness,
      unitName: p.nomineeType === "INDIVIDUAL" ? (p.nomineeUser?.unit.name ?? null) : null,
    },
    awardForm: { name: form.name, organisationName: form.organisationName, withinAuthority: form.withinAuthority },
    achievements: p.achievements ?? "",
    declaredRating: p.declaredRating,
    declaredNoDiscipline: p.declaredNoDiscipline,
    criteria,
    facts,
    initiatives,
    publicIdea: declarations.publicIdea,
  };
}

/**
 * "Tạo bản thảo": drafts the document from the proposal's data as a .docx and stores it as that
 * document of the dossier (an evidence file, type detected from the bytes, sha256), in place of the
 * previous generated draft of that kind if no submitted version cites it (an uploaded file is kept
 * as a replaced version). Only while the proposal is editable, by its unit's head or staff.
 */
export async function generateDossierDraft(actor: Actor, input: GenerateDraftInput) {
  const db = await getDb();
  const access = await loadProposalForAccess(db, input.proposalId);
  if (!access || !isProposalUnitMember(actor, access)) throw notFoundError();
  if (!can(actor.roles, "edit:award", access.unit)) throw forbiddenError();
  const problem = proposalEditProblem(access);
  if (problem) throw ruleError(problem);
  const model = await draftModel(access.id);
  const { buffer, fileName } = await dossierDraftDocx(input.kind, model);
  const created = await uploadEvidence(actor, {
    target: { kind: "award", id: access.id },
    fileName,
    description: GENERATED_DESCRIPTION,
    documentKind: input.kind,
    body: new Uint8Array(buffer),
  });
  return { fileId: created.id, fileName: created.fileName, kindLabel: DOCUMENT_KIND_LABELS[input.kind] };
}
