import "server-only";
import { notFoundError } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { describeRule } from "@/lib/council/rules";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import type { AwardProposalStatus, DossierDocumentKind, ParticipantType } from "@/lib/generated/prisma/enums";
import { AWARD_PROPOSAL } from "@/lib/submissions/kinds";
import { loadHistory, type SubmissionHistory } from "@/lib/submissions/history";
import { canEditProposal, canReadProposal, canSubmitProposal, isProposalUnitMember, loadProposalForAccess, proposalEditProblem, type ProposalAccessRow } from "../access";
import { evaluateCriteria, failsHardCriterion, type CriterionResult, type PortalFacts, type Rating } from "../criteria";
import { loadPortalFacts } from "../facts";
import {
  availableForms,
  criteriaFor,
  loadAwardForm,
  loadProposalCampaign,
  loadProposingContext,
  nomineeOptions,
  proposalDeadline,
  proposingUnitChoices,
  resolveNominee,
  type AvailableForm,
} from "./context";
import { GENERATED_DESCRIPTION, type PreviewInput } from "./schemas";
import type { ProposalSnapshot } from "./snapshot";

type Actor = Pick<SessionUser, "id" | "roles">;
export const PROPOSAL_PAGE_SIZE = 20;

// ------------------------------------------------------------------------------------ documents

export interface DossierFile {
  id: string;
  kind: DossierDocumentKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  createdAt: Date;
  uploadedByName: string | null;
  lockedAt: Date | null;
  supersededAt: Date | null;
  generated: boolean;
}

export interface DocumentSlot {
  kind: DossierDocumentKind;
  name: string;
  required: boolean;
  /** Current files of this kind (one for the three main documents; any number for OTHER). */
  files: DossierFile[];
}

export interface DossierDocuments {
  slots: DocumentSlot[];
  /** Current files of a kind the form does not list. */
  others: DossierFile[];
  superseded: DossierFile[];
  /** Files of the origin proposal (a forwarded copy reads the origin's dossier). */
  inheritedFrom: string | null;
}

const DEFAULT_SLOTS: { kind: DossierDocumentKind; name: string; required: boolean }[] = [
  { kind: "PROPOSAL_LETTER", name: "Tờ trình đề nghị khen thưởng", required: true },
  { kind: "MEETING_MINUTES", name: "Biên bản họp xét khen thưởng của đơn vị", required: true },
  { kind: "ACHIEVEMENT_REPORT", name: "Báo cáo thành tích", required: true },
];

/**
 * The dossier's documents: one slot per document the award form asks for (the three main ones when
 * it lists none), with the current files of that kind. `lockedOnly`: readers outside the unit see only
 * files a submitted version cites.
 */
export async function loadDossierDocuments(
  db: Db | Tx,
  proposalIds: string[],
  requirements: { kind: DossierDocumentKind; name: string; required: boolean }[],
  lockedOnly: boolean,
  inheritedFrom: string | null = null,
): Promise<DossierDocuments> {
  const rows = await db.evidenceFile.findMany({
    where: { awardProposalId: { in: proposalIds }, ...(lockedOnly ? { lockedAt: { not: null } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      documentKind: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      sha256: true,
      description: true,
      createdAt: true,
      uploadedBy: { select: { fullName: true } },
      lockedAt: true,
      supersededAt: true,
    },
  });
  const files: DossierFile[] = rows.map(({ uploadedBy, documentKind, ...r }) => ({
    ...r,
    kind: documentKind ?? "OTHER",
    uploadedByName: uploadedBy.fullName,
    generated: r.description === GENERATED_DESCRIPTION,
  }));
  const current = files.filter((f) => !f.supersededAt);
  const reqs = requirements.length ? requirements : DEFAULT_SLOTS;
  const slots: DocumentSlot[] = [];
  for (const r of reqs) {
    const existing = slots.find((s) => s.kind === r.kind && r.kind !== "OTHER");
    if (existing) continue;
    slots.push({ kind: r.kind, name: r.name, required: r.required, files: current.filter((f) => f.kind === r.kind) });
  }
  // The three documents the portal can draft always have a slot, required or not.
  for (const d of DEFAULT_SLOTS) {
    if (!slots.some((s) => s.kind === d.kind)) slots.push({ ...d, required: false, files: current.filter((f) => f.kind === d.kind) });
  }
  const slotted = new Set(slots.flatMap((s) => s.files.map((f) => f.id)));
  return { slots, others: current.filter((f) => !slotted.has(f.id)), superseded: files.filter((f) => !!f.supersededAt), inheritedFrom };
}

/** Required documents with no current file: names for the message "Hồ sơ còn thiếu …". */
export function missingDocuments(docs: DossierDocuments): string[] {
  return docs.slots.filter((s) => s.required && s.files.length === 0).map((s) => s.name);
}

// ------------------------------------------------------------------------------------ the dossier

export interface LineageEntry {
  proposalId: string;
  campaignId: string;
  campaignDocumentNumber: string;
  unitName: string;
  status: AwardProposalStatus;
  /** The reader may open it. */
  readable: boolean;
}

export interface DossierView {
  id: string;
  status: AwardProposalStatus;
  isLate: boolean;
  submittedVersion: number;
  lastSubmittedAt: Date | null;
  returnComment: string | null;
  admissionJustification: string | null;
  admittedAt: Date | null;
  failsHardCriterion: boolean;
  campaign: { id: string; documentNumber: string; title: string; issuingUnitName: string };
  unit: { id: string; name: string };
  nominee: ProposalSnapshot["nominee"];
  awardForm: ProposalSnapshot["awardForm"] & { documents: { kind: DossierDocumentKind; name: string; required: boolean }[] };
  achievements: string;
  declaredRating: Rating | null;
  declaredNoDiscipline: boolean | null;
  criteria: CriterionResult[];
  /** LIVE: evaluated now from the portal's data and the draft's declarations; SUBMITTED: as checked at the last submission. */
  criteriaSource: "LIVE" | "SUBMITTED";
  facts: PortalFacts | null;
  documents: DossierDocuments;
  /** The proposals this one was forwarded from, nearest first (a forwarded copy), down to the origin. */
  forwardedFrom: LineageEntry[];
  /** Copies of this proposal sent up to parent campaigns. */
  forwardedTo: LineageEntry[];
  history: SubmissionHistory;
  viewerIsMember: boolean;
  /** Set when the content shown is a submitted version (not the live record). */
  shownVersion: number | null;
}

const dossierSelect = {
  id: true,
  campaignId: true,
  unitId: true,
  status: true,
  isLate: true,
  submittedVersion: true,
  lastSubmittedAt: true,
  returnComment: true,
  admissionJustification: true,
  admittedAt: true,
  failsHardCriterion: true,
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
  criteriaCheck: true,
  forwardedFromId: true,
  originProposalId: true,
  awardFormId: true,
  unit: { select: { id: true, name: true } },
  nomineeUser: { select: { unit: { select: { name: true } } } },
  campaign: { select: { id: true, documentNumber: true, title: true, issuingUnit: { select: { id: true, name: true, path: true } } } },
} as const;

export function declarationsOf(p: {
  declaredRating: Rating | null;
  declaredNoDiscipline: boolean | null;
  declarations: unknown;
  /** Issue 14: the citizen's or business's idea the proposal rests on. */
  publicIdea?: { title: string; status: string; campaign: { documentNumber: string } } | null;
}) {
  const raw = (p.declarations ?? {}) as Record<string, unknown>;
  const answers: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "boolean") answers[k] = v;
  const publicIdea = p.publicIdea ? { title: p.publicIdea.title, accepted: p.publicIdea.status === "ACCEPTED", campaignNumber: p.publicIdea.campaign.documentNumber } : null;
  return { rating: p.declaredRating, noDiscipline: p.declaredNoDiscipline, answers, publicIdea };
}

/** The chain of proposals a forwarded copy came from (nearest first), one query per level. */
async function chainDown(db: Db, forwardedFromId: string | null) {
  const out: { id: string; campaignId: string; status: AwardProposalStatus; documentNumber: string; unitName: string; row: ProposalAccessRow | null }[] = [];
  let next = forwardedFromId;
  while (next && out.length < 6 && !out.some((o) => o.id === next)) {
    const p = await db.awardProposal.findUnique({
      where: { id: next },
      select: { id: true, campaignId: true, status: true, forwardedFromId: true, unit: { select: { name: true } }, campaign: { select: { documentNumber: true } } },
    });
    if (!p) break;
    out.push({ id: p.id, campaignId: p.campaignId, status: p.status, documentNumber: p.campaign.documentNumber, unitName: p.unit.name, row: null });
    next = p.forwardedFromId;
  }
  return out;
}

/**
 * Everything the read-only dossier shows, for a user allowed to read the proposal (null otherwise).
 * Its own unit's people see the live record (a draft's criteria evaluated now); others see what was
 * submitted: a returned proposal being corrected shows its last submitted version, and documents
 * only once a submitted version cites them. A forwarded copy shows the origin's documents.
 */
export async function loadProposalDossier(user: Actor, proposalId: string): Promise<DossierView | null> {
  const db = await getDb();
  const access = await loadProposalForAccess(db, proposalId);
  if (!access || !canReadProposal(user, access)) return null;
  const member = isProposalUnitMember(user, access);
  const p = await db.awardProposal.findUniqueOrThrow({ where: { id: proposalId }, select: dossierSelect });
  const issuer = p.campaign.issuingUnit;
  const formInfo = await loadAwardForm(db, p.awardFormId, issuer);
  const form = formInfo!.form;
  const rule = describeRule(form.rule);
  const [history, chain, copies] = await Promise.all([
    loadHistory(db, AWARD_PROPOSAL, p.id),
    chainDown(db, p.forwardedFromId),
    db.awardProposal.findMany({
      where: { forwardedFromId: p.id },
      select: { id: true, campaignId: true, status: true, unit: { select: { name: true } }, campaign: { select: { documentNumber: true } } },
    }),
  ]);
  const chainAccess = await Promise.all(chain.map((c) => loadProposalForAccess(db, c.id)));
  const copiesAccess = await Promise.all(copies.map((c) => loadProposalForAccess(db, c.id)));

  const editable = proposalEditProblem({ status: p.status, forwardedFromId: p.forwardedFromId, campaign: { status: access.campaign.status } }) === null;
  // Outside the unit, a returned proposal being corrected shows what was last submitted.
  let shown: ProposalSnapshot | null = null;
  if (!member && p.status === "RETURNED" && p.submittedVersion > 0) {
    const v = await db.awardProposalVersion.findUnique({ where: { proposalId_versionNo: { proposalId: p.id, versionNo: p.submittedVersion } }, select: { snapshot: true } });
    shown = (v?.snapshot as unknown as ProposalSnapshot) ?? null;
  }

  const docIds = [p.id, ...chain.map((c) => c.id)];
  const origin = chain.length ? chain[chain.length - 1] : null;
  const documents = await loadDossierDocuments(db, docIds, form.documents, !member || chain.length > 0, origin ? origin.unitName : null);

  let criteria: CriterionResult[];
  let facts: PortalFacts | null = null;
  let criteriaSource: "LIVE" | "SUBMITTED";
  if (shown) {
    criteria = shown.criteria;
    facts = shown.facts;
    criteriaSource = "SUBMITTED";
  } else if (member && editable) {
    facts = await loadPortalFacts(db, p.campaignId, { type: p.nomineeType, unitId: p.nomineeUnitId, userId: p.nomineeUserId });
    criteria = evaluateCriteria(criteriaFor(form, p.nomineeType), facts, declarationsOf(p));
    criteriaSource = "LIVE";
  } else {
    criteria = Array.isArray(p.criteriaCheck) ? (p.criteriaCheck as unknown as CriterionResult[]) : [];
    criteriaSource = "SUBMITTED";
    if (criteria.length === 0 && p.submittedVersion === 0) {
      facts = await loadPortalFacts(db, p.campaignId, { type: p.nomineeType, unitId: p.nomineeUnitId, userId: p.nomineeUserId });
      criteria = evaluateCriteria(criteriaFor(form, p.nomineeType), facts, declarationsOf(p));
      criteriaSource = "LIVE";
    }
  }

  const base: DossierView = {
    id: p.id,
    status: p.status,
    isLate: p.isLate,
    submittedVersion: p.submittedVersion,
    lastSubmittedAt: p.lastSubmittedAt,
    returnComment: p.returnComment,
    admissionJustification: p.admissionJustification,
    admittedAt: p.admittedAt,
    failsHardCriterion: shown ? shown.failsHardCriterion : criteriaSource === "LIVE" ? failsHardCriterion(criteria) : p.failsHardCriterion,
    campaign: { id: p.campaign.id, documentNumber: p.campaign.documentNumber, title: p.campaign.title, issuingUnitName: issuer.name },
    unit: p.unit,
    nominee: shown?.nominee ?? {
      type: p.nomineeType,
      name: p.nomineeName,
      detail: p.nomineeDetail,
      isBusiness: p.nomineeIsBusiness,
      unitId: p.nomineeUnitId,
      userId: p.nomineeUserId,
      unitName: p.nomineeType === "INDIVIDUAL" ? (p.nomineeUser?.unit.name ?? null) : p.nomineeType === "COLLECTIVE" ? p.nomineeName : null,
    },
    awardForm: {
      ...(shown?.awardForm ?? { id: form.id, name: form.name, organisationName: form.organisationName, withinAuthority: form.withinAuthority, quorum: rule.quorum, threshold: rule.threshold }),
      documents: form.documents.map(({ kind, name, required }) => ({ kind, name, required })),
    },
    achievements: shown?.achievements ?? p.achievements ?? "",
    declaredRating: shown ? shown.declaredRating : p.declaredRating,
    declaredNoDiscipline: shown ? shown.declaredNoDiscipline : p.declaredNoDiscipline,
    criteria,
    criteriaSource,
    facts,
    documents,
    forwardedFrom: chain.map((c, i) => ({
      proposalId: c.id,
      campaignId: c.campaignId,
      campaignDocumentNumber: c.documentNumber,
      unitName: c.unitName,
      status: c.status,
      readable: !!chainAccess[i] && canReadProposal(user, chainAccess[i]!),
    })),
    forwardedTo: copies.map((c, i) => ({
      proposalId: c.id,
      campaignId: c.campaignId,
      campaignDocumentNumber: c.campaign.documentNumber,
      unitName: c.unit.name,
      status: c.status,
      readable: !!copiesAccess[i] && canReadProposal(user, copiesAccess[i]!),
    })),
    history,
    viewerIsMember: member,
    shownVersion: shown ? p.submittedVersion : null,
  };
  return base;
}

/** A submitted version of a proposal (its frozen snapshot) for a reader of the proposal; null otherwise. */
export async function loadProposalVersion(user: Actor, proposalId: string, versionNo: number) {
  const db = await getDb();
  const access = await loadProposalForAccess(db, proposalId);
  if (!access || !canReadProposal(user, access) || !Number.isInteger(versionNo) || versionNo < 1) return null;
  const v = await db.awardProposalVersion.findUnique({
    where: { proposalId_versionNo: { proposalId, versionNo } },
    select: { versionNo: true, snapshot: true, submittedAt: true, isLate: true, submittedBy: { select: { fullName: true } } },
  });
  if (!v) return null;
  return { proposalId, versionNo: v.versionNo, submittedAt: v.submittedAt, isLate: v.isLate, submittedByName: v.submittedBy.fullName, snapshot: v.snapshot as unknown as ProposalSnapshot };
}

// ------------------------------------------------------------------------------------ the unit's list

/**
 * The unit's proposals in a campaign (paginated, one query plus a count), the unit's deadline, and
 * whether the user may propose. The unit comes from the user's own roles (edit:award "own") and must
 * take part in the campaign; `unitParam` only chooses among those units.
 */
export async function getUnitProposalList(user: SessionUser, campaignId: string, unitParam: string | undefined, page = 1) {
  const db = await getDb();
  const found = await proposingUnitChoices(db, user, campaignId, "edit:award");
  if (!found) throw notFoundError();
  const { campaign, choices } = found;
  const chosen = unitParam ? choices.find((u) => u.id === unitParam) : choices.length === 1 ? choices[0] : undefined;
  if (unitParam && !chosen) throw notFoundError();
  if (!chosen) return { needsChoice: true as const, campaign: { id: campaign.id, documentNumber: campaign.documentNumber, title: campaign.title }, choices };

  const ctx = await loadProposingContext(db, user, campaignId, chosen.id, "edit:award");
  const deadline = await proposalDeadline(db, ctx.milestone, chosen.id);
  const where = { campaignId, unitId: chosen.id };
  const take = PROPOSAL_PAGE_SIZE;
  const safePage = Math.max(1, Math.floor(page) || 1);
  const [total, rows] = await Promise.all([
    db.awardProposal.count({ where }),
    db.awardProposal.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (safePage - 1) * take,
      take,
      select: {
        id: true,
        status: true,
        isLate: true,
        nomineeType: true,
        nomineeName: true,
        nomineeDetail: true,
        submittedVersion: true,
        lastSubmittedAt: true,
        updatedAt: true,
        returnComment: true,
        failsHardCriterion: true,
        awardForm: { select: { name: true } },
      },
    }),
  ]);
  return {
    needsChoice: false as const,
    campaign: { id: ctx.campaign.id, documentNumber: ctx.campaign.documentNumber, title: ctx.campaign.title, status: ctx.campaign.status, issuingUnitName: ctx.campaign.issuingUnit.name },
    unit: { id: chosen.id, name: chosen.name },
    hasSeveralUnits: choices.length > 1,
    deadline,
    hasMilestone: !!ctx.milestone,
    canCreate: ctx.campaign.status === "PUBLISHED",
    canSubmit: can(user.roles, "submit:award", ctx.unit),
    page: safePage,
    pageSize: take,
    total,
    proposals: rows.map(({ awardForm, ...r }) => ({ ...r, awardFormName: awardForm.name })),
  };
}

export type UnitProposalList = Extract<Awaited<ReturnType<typeof getUnitProposalList>>, { needsChoice: false }>;

// ------------------------------------------------------------------------------------ the editor

export interface EditorValues {
  proposalId: string | null;
  lockVersion: number;
  campaignId: string;
  unitId: string;
  nomineeType: ParticipantType;
  nomineeUnitId: string | null;
  nomineeUserId: string | null;
  nomineeName: string;
  nomineeDetail: string;
  nomineeIsBusiness: boolean;
  publicIdeaId: string | null;
  awardFormId: string;
  achievements: string;
  declaredRating: Rating | null;
  declaredNoDiscipline: boolean | null;
  answers: Record<string, boolean>;
  confirmed: boolean;
}

/** Options of the editor: forms available in the campaign, the unit's possible nominees, the unit's deadline. */
async function editorOptions(db: Db, user: SessionUser, ctx: Awaited<ReturnType<typeof loadProposingContext>>, currentFormId?: string) {
  const [forms, nominees, deadline] = await Promise.all([availableForms(db, ctx.campaign.issuingUnit), nomineeOptions(db, ctx.unit, ctx.campaign.id), proposalDeadline(db, ctx.milestone, ctx.unit.id)]);
  // A form deactivated after the draft was saved still shows (saving then says why it cannot be used).
  if (currentFormId && !forms.some((f) => f.id === currentFormId)) {
    const f = await loadAwardForm(db, currentFormId, ctx.campaign.issuingUnit);
    if (f) forms.push(f.form);
  }
  return { forms, nominees, deadline, canSubmit: can(user.roles, "submit:award", ctx.unit) };
}

export type EditorOptions = Awaited<ReturnType<typeof editorOptions>>;

/** "Đề nghị khen thưởng mới": the unit (one of the user's, taking part) and the editor's options. */
export async function getNewProposalContext(user: SessionUser, campaignId: string, unitParam: string | undefined) {
  const db = await getDb();
  const found = await proposingUnitChoices(db, user, campaignId, "edit:award");
  if (!found) throw notFoundError();
  const { campaign, choices } = found;
  const chosen = unitParam ? choices.find((u) => u.id === unitParam) : choices.length === 1 ? choices[0] : undefined;
  if (unitParam && !chosen) throw notFoundError();
  if (!chosen) return { needsChoice: true as const, campaign: { id: campaign.id, documentNumber: campaign.documentNumber, title: campaign.title }, choices };
  const ctx = await loadProposingContext(db, user, campaignId, chosen.id, "edit:award");
  const options = await editorOptions(db, user, ctx);
  const values: EditorValues = {
    proposalId: null,
    lockVersion: 0,
    campaignId,
    unitId: chosen.id,
    nomineeType: "INDIVIDUAL",
    nomineeUnitId: null,
    nomineeUserId: null,
    nomineeName: "",
    nomineeDetail: "",
    nomineeIsBusiness: false,
    publicIdeaId: null,
    awardFormId: "",
    achievements: "",
    declaredRating: null,
    declaredNoDiscipline: null,
    answers: {},
    confirmed: false,
  };
  return {
    needsChoice: false as const,
    campaign: { id: ctx.campaign.id, documentNumber: ctx.campaign.documentNumber, title: ctx.campaign.title, status: ctx.campaign.status, issuingUnitName: ctx.campaign.issuingUnit.name },
    unit: { id: ctx.unit.id, name: ctx.unit.name },
    open: ctx.campaign.status === "PUBLISHED",
    options,
    values,
  };
}

/**
 * The page of one proposal: 404 (null) for anyone who may not read it. The unit's head and staff get
 * the editor while it is a draft or returned; everyone else (and the unit once it is submitted) the
 * read-only dossier.
 */
export async function getProposalPage(user: SessionUser, proposalId: string) {
  const db = await getDb();
  const access = await loadProposalForAccess(db, proposalId);
  if (!access || !canReadProposal(user, access)) return null;
  const member = isProposalUnitMember(user, access);
  const p = await db.awardProposal.findUniqueOrThrow({ where: { id: proposalId }, select: { ...dossierSelect, lockVersion: true, status: true } });
  const base = {
    id: p.id,
    status: p.status,
    isLate: p.isLate,
    lastSubmittedAt: p.lastSubmittedAt,
    returnComment: p.returnComment,
    submittedVersion: p.submittedVersion,
    nomineeName: p.nomineeName,
    campaign: { id: p.campaign.id, documentNumber: p.campaign.documentNumber, title: p.campaign.title, issuingUnitName: p.campaign.issuingUnit.name },
    unit: p.unit,
    member,
    problem: member ? proposalEditProblem(access) : null,
    /** The unit's own people and the offices above (not the nominee as such) see the audit trail. */
    seesAudit: member || can(user.roles, "read:award", access.unit) || can(user.roles, "read:award", access.campaign.issuingUnit),
  };
  if (!canEditProposal(user, access)) return { ...base, mode: "view" as const };
  const ctx = await loadProposingContext(db, user, p.campaignId, p.unitId, "edit:award");
  const options = await editorOptions(db, user, ctx, p.awardFormId);
  const facts = await loadPortalFacts(db, p.campaignId, { type: p.nomineeType, unitId: p.nomineeUnitId, userId: p.nomineeUserId });
  const form = options.forms.find((f) => f.id === p.awardFormId);
  const documents = await loadDossierDocuments(db, [p.id], form?.documents ?? [], false);
  const history = await loadHistory(db, AWARD_PROPOSAL, p.id);
  const d = declarationsOf(p);
  const values: EditorValues = {
    proposalId: p.id,
    lockVersion: p.lockVersion,
    campaignId: p.campaignId,
    unitId: p.unitId,
    nomineeType: p.nomineeType,
    nomineeUnitId: p.nomineeUnitId,
    nomineeUserId: p.nomineeUserId,
    nomineeName: p.nomineeType === "CITIZEN" ? p.nomineeName : "",
    nomineeDetail: p.nomineeDetail ?? "",
    nomineeIsBusiness: p.nomineeIsBusiness,
    publicIdeaId: p.publicIdeaId,
    awardFormId: p.awardFormId,
    achievements: p.achievements ?? "",
    declaredRating: d.rating,
    declaredNoDiscipline: d.noDiscipline,
    answers: d.answers,
    confirmed: false,
  };
  return {
    ...base,
    mode: "edit" as const,
    canSubmit: canSubmitProposal(user, access),
    options,
    values,
    facts,
    documents,
    history,
  };
}

export type ProposalPage = NonNullable<Awaited<ReturnType<typeof getProposalPage>>>;

/**
 * The live criteria check while drafting: the portal's facts about the chosen nominee. Only for the
 * unit's own people, and only for a nominee the unit may propose (else the refusal message).
 */
export async function previewNomineeFacts(user: Actor, input: PreviewInput): Promise<PortalFacts | null> {
  const db = await getDb();
  const ctx = await loadProposingContext(db, user, input.campaignId, input.unitId, "edit:award");
  if (input.nomineeType === "CITIZEN") return null;
  const n = await resolveNominee(db, ctx.unit, { ...input, nomineeName: "", nomineeDetail: "", nomineeIsBusiness: false });
  return loadPortalFacts(db, input.campaignId, { type: n.nomineeType, unitId: n.nomineeUnitId, userId: n.nomineeUserId });
}

export { loadProposalCampaign, type AvailableForm };
