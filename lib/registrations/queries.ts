import "server-only";
import { compareVi } from "@/lib/text/collate";
import { can, scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { notFoundError } from "@/lib/actions/result";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import { loadUnitAwardCounts } from "@/lib/obligations/queries";
import { deriveObligations, UNIT_ROLES, type ObligationCampaignInput } from "@/lib/obligations/rules";
import { phaseOfMilestoneKind } from "@/lib/reports/phase";
import type { RegistrationKind } from "@/lib/generated/prisma/enums";
import { campaignRules, UNIT_OWNER_KEY } from "./form-context";
import { initiativeLives } from "./initiative-lives";
import { toSavedRow } from "./mutations";
import { currentFormStatus, matrixStatusOf } from "@/lib/submissions/statuses";
import { REGISTRATION, canConfirm } from "@/lib/submissions/kinds";
import { HISTORY_SELECT, historyOf, loadHistory, VERSION_SELECT, versionOf } from "@/lib/submissions/history";
import { unitDeadline } from "@/lib/submissions/deadline";
import { hasLife, removalRefusal } from "./rules";
import type { RegistrationSnapshot } from "./snapshot";

const uniq = <T,>(xs: T[]) => [...new Set(xs)];

/**
 * Home page of a unit's head or staff: for each of their units, the published campaigns the unit
 * takes part in, with the milestones the unit head answers for and the status of the unit's Mẫu 1;
 * plus the user's own individual registrations and, for a head, the individual registrations of the
 * unit awaiting confirmation. Each milestone carries its obligation as derived by lib/obligations
 * (the unit's Mẫu 1 for the registration milestone, the unit's report of the phase for a report
 * milestone: status, done, overdue, opening date, where to act). One query per record kind
 * (campaigns with milestones, Mẫu 1 forms and reports; individual registrations; extensions)
 * whatever the number of campaigns.
 */
export async function getUnitHome(user: SessionUser, now: Date = new Date()) {
  const unitIds = uniq(scopesFor(user.roles, "participate:campaign").map((s) => s.unitId));
  const headUnitIds = uniq(scopesFor(user.roles, "confirm:registration").map((s) => s.unitId));
  const unitNames = new Map(user.roles.map((r) => [r.unitId, r.unitName]));
  if (unitIds.length === 0) return { units: [], individual: [], awaiting: [] };
  const db = await getDb();

  const [participations, individualRegs] = await Promise.all([
    db.campaignUnit.findMany({
      where: { unitId: { in: unitIds }, campaign: { status: "PUBLISHED" } },
      select: {
        unitId: true,
        campaign: {
          select: {
            id: true,
            documentNumber: true,
            title: true,
            year: true,
            issuedOn: true,
            issuingUnit: { select: { id: true, path: true, name: true } },
            // Every milestone: a report phase opens when the milestone before it falls due (phaseWindow).
            milestones: {
              orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }],
              select: { id: true, kind: true, name: true, deliverable: true, responsibleRole: true, dueAt: true, hardCutoffAt: true, opensAt: true, sortOrder: true },
            },
            registrations: {
              where: { unitId: { in: unitIds }, ownerKey: UNIT_OWNER_KEY },
              select: { id: true, unitId: true, status: true, isLate: true, submittedVersion: true, lastSubmittedAt: true, returnComment: true },
            },
            reports: {
              where: { unitId: { in: unitIds } },
              select: { id: true, unitId: true, phase: true, status: true, isLate: true, lastSubmittedAt: true, returnComment: true },
            },
          },
        },
      },
    }),
    db.registration.findMany({
      where: {
        kind: "INDIVIDUAL",
        OR: [{ ownerUserId: user.id }, ...(headUnitIds.length ? [{ unitId: { in: headUnitIds }, status: "AWAITING_CONFIRMATION" as const }] : [])],
      },
      orderBy: { updatedAt: "desc" },
      take: 200,
      select: {
        id: true,
        unitId: true,
        ownerUserId: true,
        status: true,
        isLate: true,
        updatedAt: true,
        returnComment: true,
        campaign: { select: { id: true, documentNumber: true, title: true } },
        unit: { select: { name: true } },
        ownerUser: { select: { fullName: true } },
        _count: { select: { initiatives: true } },
      },
    }),
  ]);

  // Each unit's own deadlines (extensions granted by the office): one more query.
  const headMilestones = (p: (typeof participations)[number]) => p.campaign.milestones.filter((m) => m.responsibleRole === "UNIT_HEAD");
  // The units' award proposals counted per status (one GROUP BY), for the AWARD_PROPOSAL milestones.
  const awardCampaignIds = [...new Set(participations.filter((p) => p.campaign.milestones.some((m) => m.kind === "AWARD_PROPOSAL")).map((p) => p.campaign.id))];
  const [deadlineOf, awardProposals] = await Promise.all([
    loadEffectiveDeadlines(participations.flatMap((p) => p.campaign.milestones), unitIds),
    loadUnitAwardCounts(awardCampaignIds, unitIds),
  ]);

  // The obligations of these units, derived by the same rules as the to-do list (lib/obligations).
  const campaigns = new Map<string, ObligationCampaignInput>();
  for (const p of participations) {
    const c = campaigns.get(p.campaign.id);
    const unit = { id: p.unitId, name: unitNames.get(p.unitId) ?? "" };
    if (c) c.units.push(unit);
    else {
      campaigns.set(p.campaign.id, {
        id: p.campaign.id,
        documentNumber: p.campaign.documentNumber,
        title: p.campaign.title,
        status: "PUBLISHED",
        issuingUnit: p.campaign.issuingUnit,
        units: [unit],
        milestones: p.campaign.milestones,
      });
    }
  }
  const unique = [...new Map(participations.map((p) => [p.campaign.id, p.campaign])).values()];
  const obligations = new Map(
    deriveObligations({
      // Only the unit roles: the home page is about the units, not about any office the user also holds.
      roles: user.roles.filter((r) => UNIT_ROLES.includes(r.role)),
      campaigns: [...campaigns.values()],
      registrations: unique.flatMap((c) => c.registrations.map((r) => ({ ...r, campaignId: c.id }))),
      reports: unique.flatMap((c) => c.reports.map((r) => ({ ...r, campaignId: c.id }))),
      awardProposals,
      deadlineOf,
      now,
    }).map((o) => [o.key, o]),
  );

  const units = unitIds.map((unitId) => ({
    unitId,
    unitName: unitNames.get(unitId) ?? "",
    isHead: headUnitIds.includes(unitId),
    campaigns: participations
      .filter((p) => p.unitId === unitId)
      .map((p) => {
        const reg = p.campaign.registrations.find((r) => r.unitId === unitId) ?? null;
        return {
          id: p.campaign.id,
          documentNumber: p.campaign.documentNumber,
          title: p.campaign.title,
          year: p.campaign.year,
          issuingUnitName: p.campaign.issuingUnit.name,
          milestones: headMilestones(p).map((m) => {
            const eff = deadlineOf(m, unitId);
            const o = obligations.get(`${m.id}:${unitId}`);
            const phase = o?.tracking === "REPORT" ? (phaseOfMilestoneKind(m.kind)?.phase ?? null) : null;
            const report = phase ? (p.campaign.reports.find((r) => r.unitId === unitId && r.phase === phase) ?? null) : null;
            return {
              id: m.id,
              kind: m.kind,
              name: m.name,
              deliverable: m.deliverable,
              dueAt: eff.dueAt,
              originalDueAt: m.dueAt,
              cutoffAt: eff.cutoffAt,
              extension: eff.extension ? { dueAt: eff.extension.dueAt, reason: eff.extension.reason } : null,
              /** What the portal tracks: the unit's Mẫu 1, its report of a phase, or nothing (outside the portal). */
              tracking: o?.tracking ?? null,
              phase,
              status: o?.status ?? ("EXTERNAL" as const),
              done: o?.done ?? false,
              overdue: o?.overdue ?? false,
              /** Tracked outside the portal and its date has passed: history, not a debt. */
              past: o?.past ?? now.getTime() >= eff.dueAt.getTime(),
              /** A report phase not open yet (nothing written): when it opens. */
              opensAt: o?.notOpenUntil ?? null,
              /** Where to act (Mẫu 1, the report of the phase, the unit's award proposals); null before a report phase opens or when tracked outside the portal. */
              href: o?.tracking ? o.href : null,
              /** Award proposals: the unit's proposals sent / being written / returned, as text and counts. */
              detail: o?.detail ?? null,
              proposals: o?.proposals ?? null,
              report: report ? { status: report.status, lastSubmittedAt: report.lastSubmittedAt, returnComment: report.returnComment } : null,
            };
          }),
          registration: reg,
          formStatus: matrixStatusOf(reg),
        };
      })
      .sort((a, b) => b.year - a.year || a.documentNumber.localeCompare(b.documentNumber)),
  }));

  return {
    units,
    individual: individualRegs.filter((r) => r.ownerUserId === user.id),
    awaiting: individualRegs.filter((r) => r.ownerUserId !== user.id && r.status === "AWAITING_CONFIRMATION"),
  };
}

export type UnitHome = Awaited<ReturnType<typeof getUnitHome>>;
export type UnitHomeMilestone = UnitHome["units"][number]["campaigns"][number]["milestones"][number];


/**
 * The Mẫu 1 workspace of a unit (kind UNIT) or of the user as an individual (kind INDIVIDUAL) for a
 * campaign. The unit comes from the user's own roles (UNIT_HEAD/UNIT_STAFF) and must take part in
 * the campaign; `unitParam` from the URL only chooses among those units.
 */
export async function getRegistrationWorkspace(user: SessionUser, campaignId: string, unitParam: string | undefined, kind: Exclude<RegistrationKind, "PUBLIC">) {
  const permission = kind === "UNIT" ? "edit:registration" : "register:individual";
  const myUnitIds = uniq(scopesFor(user.roles, permission).map((s) => s.unitId));
  if (myUnitIds.length === 0) throw notFoundError();
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    include: {
      issuingUnit: { select: { name: true } },
      fields: { orderBy: { sortOrder: "asc" } },
      milestones: { where: { kind: "REGISTRATION" }, orderBy: { dueAt: "asc" }, take: 1 },
      units: { where: { unitId: { in: myUnitIds } }, include: { unit: { select: { id: true, name: true, path: true } } } },
    },
  });
  if (!campaign || campaign.status === "DRAFT" || campaign.units.length === 0) throw notFoundError();
  const choices = campaign.units.map((cu) => cu.unit).sort((a, b) => compareVi(a.name, b.name));
  const unit = unitParam ? choices.find((u) => u.id === unitParam) : choices.length === 1 ? choices[0] : undefined;
  if (unitParam && !unit) throw notFoundError();
  if (!unit) return { needsChoice: true as const, campaign: { id: campaign.id, documentNumber: campaign.documentNumber, title: campaign.title }, choices };
  // Defence in depth: the chosen unit must grant the permission by the unit's own path.
  if (!can(user.roles, permission, unit)) throw notFoundError();

  const ownerKey = kind === "UNIT" ? UNIT_OWNER_KEY : user.id;
  const registration = await db.registration.findUnique({
    where: { campaignId_unitId_ownerKey: { campaignId: campaign.id, unitId: unit.id, ownerKey } },
    // Its versions and reviews in the same read (the page shows them; a save re-renders this page).
    include: { initiatives: { include: { field: { select: { sortOrder: true } } } }, ...HISTORY_SELECT },
  });
  const rows = (registration?.initiatives ?? [])
    .sort((a, b) => a.field.sortOrder - b.field.sortOrder || a.sortOrder - b.sortOrder)
    .map(toSavedRow);
  const history = historyOf(registration);
  const deadline = await unitDeadline(campaign.milestones[0], unit.id);
  const status = registration?.status ?? null;
  const open = campaign.status === "PUBLISHED";
  const canEdit = open && (status === null || REGISTRATION.isEditable(status));
  // Rows that already have evidence, figures, forwards or a submitted report cannot be removed
  // (writeDraft refuses it); the editor hides their "remove" button and says why.
  const removalBlocked: Record<string, string> = {};
  if (canEdit && registration && rows.length) {
    const lives = await initiativeLives(db, rows.map((r) => r.initiativeId), { campaignId: campaign.id, unitId: unit.id });
    for (const [id, life] of lives) if (hasLife(life)) removalBlocked[id] = removalRefusal(life);
  }

  // Issue 13: the recognised models a row may adopt (newest 300 of other units, and those already named).
  const named = rows.map((r) => r.replicatesModelId).filter(Boolean);
  const models = canEdit
    ? await db.recognisedModel.findMany({
        where: { OR: [{ unitId: { not: unit.id } }, { id: { in: named } }] },
        orderBy: [{ recognisedOn: "desc" }, { id: "asc" }],
        take: 300,
        select: { id: true, title: true, unit: { select: { name: true } } },
      })
    : [];
  for (const id of named) {
    if (models.some((m) => m.id === id)) continue;
    const m = await db.recognisedModel.findUnique({ where: { id }, select: { id: true, title: true, unit: { select: { name: true } } } });
    if (m) models.push(m);
  }

  return {
    needsChoice: false as const,
    kind,
    replicableModels: models.map((m) => ({ id: m.id, title: m.title, unitName: m.unit.name })),
    campaign: {
      id: campaign.id,
      documentNumber: campaign.documentNumber,
      title: campaign.title,
      status: campaign.status,
      issuingUnitName: campaign.issuingUnit.name,
      registrationLevels: campaign.registrationLevels,
    },
    fields: campaign.fields.map((f) => ({ id: f.id, name: f.name, sortOrder: f.sortOrder })),
    rules: campaignRules(campaign),
    /** The unit's effective deadline (extension included); `deadline` has the details. */
    dueAt: deadline.dueAt,
    deadline,
    unit: { id: unit.id, name: unit.name },
    hasSeveralUnits: choices.length > 1,
    registration: registration
      ? {
          id: registration.id,
          status: registration.status,
          lockVersion: registration.lockVersion,
          isLate: registration.isLate,
          submittedVersion: registration.submittedVersion,
          firstSubmittedAt: registration.firstSubmittedAt,
          lastSubmittedAt: registration.lastSubmittedAt,
          returnComment: registration.returnComment,
        }
      : null,
    formStatus: currentFormStatus(registration, history.versions),
    rows,
    history,
    canEdit,
    removalBlocked,
    canSubmit: kind === "UNIT" && can(user.roles, "submit:registration", unit),
  };
}

export type RegistrationWorkspace = Extract<Awaited<ReturnType<typeof getRegistrationWorkspace>>, { needsChoice: false }>;

/** A registration by id, for anyone who may read it on its own unit (read from the record). */
export async function getRegistrationView(user: SessionUser, registrationId: string) {
  const db = await getDb();
  const reg = await db.registration.findUnique({
    where: { id: registrationId },
    include: {
      unit: { select: { id: true, name: true, path: true } },
      ownerUser: { select: { id: true, fullName: true } },
      campaign: {
        include: {
          fields: { orderBy: { sortOrder: "asc" } },
          milestones: { where: { kind: "REGISTRATION" }, orderBy: { dueAt: "asc" }, take: 1 },
        },
      },
      initiatives: { include: { field: { select: { name: true, sortOrder: true } } } },
    },
  });
  const isOwner = !!reg && reg.ownerUserId === user.id;
  if (!reg || (!isOwner && !can(user.roles, "read:registration", reg.unit))) throw notFoundError();
  // Units never see a plan that was not published.
  if (reg.campaign.status === "DRAFT" && !can(user.roles, "read:campaign", reg.unit)) throw notFoundError();

  const rows: RegistrationSnapshot["rows"] = [...reg.initiatives]
    .sort((a, b) => a.field.sortOrder - b.field.sortOrder || a.sortOrder - b.sortOrder)
    .map((r) => ({ ...toSavedRow(r), fieldName: r.field.name, fieldOrder: r.field.sortOrder, ownerNames: r.ownerNames, note: r.note }));
  const history = await loadHistory(db, REGISTRATION, reg.id);
  const deadline = await unitDeadline(reg.campaign.milestones[0], reg.unit.id);
  const open = reg.campaign.status === "PUBLISHED";
  return {
    id: reg.id,
    kind: reg.kind,
    status: reg.status,
    formStatus: currentFormStatus(reg, history.versions),
    lockVersion: reg.lockVersion,
    isLate: reg.isLate,
    returnComment: reg.returnComment,
    submittedVersion: reg.submittedVersion,
    lastSubmittedAt: reg.lastSubmittedAt,
    unit: { id: reg.unit.id, name: reg.unit.name },
    owner: reg.ownerUser,
    campaign: { id: reg.campaign.id, documentNumber: reg.campaign.documentNumber, title: reg.campaign.title, status: reg.campaign.status },
    dueAt: deadline.dueAt,
    deadline,
    fields: reg.campaign.fields.map((f) => ({ id: f.id, name: f.name, sortOrder: f.sortOrder })),
    rows,
    history,
    canConfirm: open && reg.kind === "INDIVIDUAL" && canConfirm(reg.status) && can(user.roles, "confirm:registration", reg.unit),
    editHref:
      reg.kind === "UNIT"
        ? can(user.roles, "edit:registration", reg.unit)
          ? `/unit/campaigns/${reg.campaign.id}?unit=${reg.unit.id}`
          : null
        : isOwner
          ? `/unit/campaigns/${reg.campaign.id}/individual?unit=${reg.unit.id}`
          : null,
  };
}

/** One frozen version of a registration, for anyone who may read the registration. */
export async function getRegistrationVersion(user: SessionUser, registrationId: string, versionNo: number) {
  const db = await getDb();
  const reg = await db.registration.findUnique({
    where: { id: registrationId },
    select: {
      id: true,
      kind: true,
      ownerUserId: true,
      submittedVersion: true,
      unit: { select: { id: true, name: true, path: true } },
      campaign: { select: { id: true, documentNumber: true, title: true, status: true, fields: { orderBy: { sortOrder: "asc" } } } },
    },
  });
  const isOwner = !!reg && reg.ownerUserId === user.id;
  if (!reg || (!isOwner && !can(user.roles, "read:registration", reg.unit))) throw notFoundError();
  if (!Number.isInteger(versionNo) || versionNo < 1) throw notFoundError();
  const row = await db.registrationVersion.findUnique({
    where: { registrationId_versionNo: { registrationId: reg.id, versionNo } },
    select: { ...VERSION_SELECT, snapshot: true },
  });
  if (!row) throw notFoundError();
  const version = versionOf(row);
  const snapshot = version.snapshot as unknown as RegistrationSnapshot;
  return {
    registration: { id: reg.id, kind: reg.kind, submittedVersion: reg.submittedVersion, unitName: reg.unit.name },
    campaign: { id: reg.campaign.id, documentNumber: reg.campaign.documentNumber, title: reg.campaign.title },
    version: {
      versionNo: version.versionNo,
      submittedAt: version.submittedAt,
      submittedByName: version.submittedByName,
      isLate: version.isLate,
    },
    snapshot,
    fields: snapshot.fields ?? reg.campaign.fields.map((f) => ({ id: f.id, name: f.name, sortOrder: f.sortOrder })),
  };
}
