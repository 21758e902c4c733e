import "server-only";
import { scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { foldForSearch } from "@/lib/text/fold";
import { loadSurveyRoundAccess, loadVisitAccess } from "./access";

/** Plans the actor organises or reads (their units' subtrees), and the announced rounds they are on the team of. */
export async function listSurveyHome(actor: SessionUser) {
  const db = await getDb();
  const scopes = [...scopesFor(actor.roles, "manage:survey"), ...scopesFor(actor.roles, "read:survey")];
  const [plans, teams] = await Promise.all([
    scopes.length
      ? db.surveyPlan.findMany({
          where: { issuingUnit: { OR: scopes.map((s) => ({ path: { startsWith: s.unitPath } })) } },
          orderBy: [{ year: "desc" }, { createdAt: "desc" }],
          take: 100,
          select: { id: true, documentNumber: true, title: true, year: true, startsOn: true, endsOn: true, issuingUnit: { select: { name: true } }, _count: { select: { rounds: true } } },
        })
      : [],
    db.surveyTeamMember.findMany({
      where: { userId: actor.id, round: { status: { not: "DRAFT" } } },
      orderBy: { round: { createdAt: "desc" } },
      take: 50,
      select: {
        role: true,
        round: {
          select: {
            id: true,
            name: true,
            status: true,
            plan: { select: { title: true } },
            visits: { where: { status: "SCHEDULED" }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, endsAt: true, place: true, unit: { select: { name: true } } } },
          },
        },
      },
    }),
  ]);
  return { plans, teams, canCreate: scopesFor(actor.roles, "manage:survey").length > 0 };
}

export async function loadPlan(actor: SessionUser, planId: string) {
  if (!planId || planId.length > 64) return null;
  const db = await getDb();
  const plan = await db.surveyPlan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      year: true,
      startsOn: true,
      endsOn: true,
      purpose: true,
      lockVersion: true,
      issuingUnit: { select: { id: true, name: true, path: true } },
      rounds: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, status: true, _count: { select: { visits: true, team: true } } } },
    },
  });
  if (!plan) return null;
  const manage = scopesFor(actor.roles, "manage:survey").some((s) => plan.issuingUnit.path.startsWith(s.unitPath));
  const read = manage || scopesFor(actor.roles, "read:survey").some((s) => plan.issuingUnit.path.startsWith(s.unitPath));
  if (!read) return null;
  return { ...plan, canManage: manage };
}

/** The round's page: team, visits (with their initiatives and the unit's report state), and the form's choices. */
export async function loadRoundPage(actor: SessionUser, roundId: string, opts: { unitId?: string; who?: string } = {}) {
  const access = await loadSurveyRoundAccess(actor, roundId);
  if (!access) return null;
  const db = await getDb();
  const visitWhere = access.canManage || access.canLead || access.member ? { roundId } : { roundId, id: "-" };
  const [team, visits] = await Promise.all([
    db.surveyTeamMember.findMany({
      where: { roundId },
      orderBy: [{ role: "asc" }, { addedAt: "asc" }],
      select: { id: true, role: true, roleNote: true, user: { select: { id: true, fullName: true, jobTitle: true, unit: { select: { name: true } } } } },
    }),
    db.surveyVisit.findMany({
      where: visitWhere,
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        place: true,
        contactName: true,
        contactPhone: true,
        note: true,
        reportDueAt: true,
        status: true,
        cancelReason: true,
        sequence: true,
        lockVersion: true,
        unit: { select: { id: true, name: true } },
        report: { select: { status: true, submittedAt: true, isLate: true } },
        initiatives: { orderBy: { sortOrder: "asc" }, select: { appraisalItemId: true, initiative: { select: { id: true, content: true } } } },
      },
    }),
  ]);
  let unitChoices: { id: string; name: string }[] = [];
  let initiativeChoices: { id: string; content: string; needsSurvey: boolean; campaignNumber: string }[] = [];
  let people: { id: string; fullName: string; unitName: string; username: string }[] = [];
  if (access.canManage && access.round.status !== "CLOSED") {
    unitChoices = await db.unit.findMany({ where: { status: "ACTIVE", path: { startsWith: access.plan.issuingUnit.path } }, orderBy: [{ depth: "asc" }, { sortOrder: "asc" }, { name: "asc" }], take: 3000, select: { id: true, name: true } });
    if (opts.unitId && unitChoices.some((u) => u.id === opts.unitId)) {
      const rows = await db.initiative.findMany({
        where: { OR: [{ unitId: opts.unitId }, { originUnitId: opts.unitId }], forwardedFromId: null, registration: { status: { in: ["SUBMITTED", "ACCEPTED"] } } },
        orderBy: [{ createdAt: "desc" }],
        take: 200,
        select: { id: true, content: true, campaign: { select: { documentNumber: true } }, appraisalItems: { where: { verdict: "NEEDS_SURVEY" }, select: { id: true }, take: 1 } },
      });
      initiativeChoices = rows
        .map((r) => ({ id: r.id, content: r.content, needsSurvey: r.appraisalItems.length > 0, campaignNumber: r.campaign.documentNumber }))
        .sort((a, b) => Number(b.needsSurvey) - Number(a.needsSurvey));
    }
    const who = foldForSearch(opts.who ?? "");
    if (who) {
      const users = await db.user.findMany({ where: { active: true }, select: { id: true, fullName: true, username: true, unit: { select: { name: true } } }, take: 5000 });
      people = users
        .filter((u) => foldForSearch(`${u.fullName} ${u.username} ${u.unit.name}`).includes(who))
        .slice(0, 20)
        .map((u) => ({ id: u.id, fullName: u.fullName, username: u.username, unitName: u.unit.name }));
    }
  }
  return { access, team, visits, unitChoices, initiativeChoices, people };
}

/** The unit's visits (its own only), newest first, in rounds that have been announced. */
export async function listUnitVisits(actor: SessionUser) {
  const unitIds = [...new Set(scopesFor(actor.roles, "edit:survey-report").map((s) => s.unitId))];
  if (!unitIds.length) return null;
  const db = await getDb();
  return db.surveyVisit.findMany({
    where: { unitId: { in: unitIds }, round: { status: { not: "DRAFT" } } },
    orderBy: { startsAt: "desc" },
    take: 100,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      place: true,
      reportDueAt: true,
      status: true,
      cancelReason: true,
      unit: { select: { name: true } },
      report: { select: { status: true, submittedAt: true, isLate: true } },
      round: { select: { name: true, plan: { select: { title: true, issuingUnit: { select: { name: true } } } } } },
    },
  });
}

/** One visit with what the portal holds on each initiative: for the unit's report and the team's page. */
export async function loadVisitPage(actor: SessionUser, visitId: string) {
  const va = await loadVisitAccess(actor, visitId);
  if (!va) return null;
  const db = await getDb();
  const visit = await db.surveyVisit.findUniqueOrThrow({
    where: { id: visitId },
    select: {
      id: true,
      roundId: true,
      startsAt: true,
      endsAt: true,
      place: true,
      contactName: true,
      contactPhone: true,
      note: true,
      reportDueAt: true,
      status: true,
      cancelReason: true,
      unit: { select: { id: true, name: true } },
      round: { select: { name: true, status: true, plan: { select: { title: true, issuingUnit: { select: { name: true } } } }, team: { select: { id: true, role: true, user: { select: { fullName: true, unit: { select: { name: true } } } } } } } },
      report: {
        select: {
          id: true,
          status: true,
          general: true,
          submittedAt: true,
          isLate: true,
          lockVersion: true,
          parts: { select: { initiativeId: true, results: true, limitations: true, difficulties: true, satisfaction: true, satisfactionRate: true } },
        },
      },
      initiatives: {
        orderBy: { sortOrder: "asc" },
        select: {
          initiative: {
            select: {
              id: true,
              content: true,
              progress: true,
              ownerNames: true,
              originInitiativeId: true,
              campaign: { select: { documentNumber: true } },
              results: { orderBy: { sortOrder: "asc" }, select: { id: true, indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true, source: true } },
              evidenceFiles: { where: { supersededAt: null }, orderBy: { createdAt: "asc" }, take: 20, select: { id: true, fileName: true } },
              reportParts: { orderBy: { report: { phase: "desc" } }, take: 1, select: { summary: true, results: true } },
            },
          },
        },
      },
      findings: {
        select: {
          id: true,
          initiativeId: true,
          memberId: true,
          achieved: true,
          limitations: true,
          difficulties: true,
          recommendations: true,
          satisfactionImpact: true,
          impactNote: true,
          updatedAt: true,
          member: { select: { user: { select: { fullName: true } } } },
        },
      },
    },
  });
  const teamView = va.round !== null;
  // The unit sees its own report, never the team's findings; the team sees the report once submitted.
  const report = teamView && !va.canEditReport && visit.report?.status !== "SUBMITTED" ? null : visit.report;
  return { access: va, visit: { ...visit, report, findings: teamView ? visit.findings : [] } };
}

/** The round's report page: the text, the surveyed initiatives and their proposals. */
export async function loadRoundReport(actor: SessionUser, roundId: string) {
  const access = await loadSurveyRoundAccess(actor, roundId);
  if (!access) return null;
  const db = await getDb();
  const round = await db.surveyRound.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      id: true,
      name: true,
      status: true,
      lockVersion: true,
      reportSummary: true,
      reportAssessment: true,
      reportProposals: true,
      reportUpdatedAt: true,
      closedAt: true,
      plan: { select: { title: true, documentNumber: true, issuingUnit: { select: { name: true, parent: { select: { name: true } } } } } },
      team: { where: { role: "LEADER" }, select: { user: { select: { fullName: true, jobTitle: true } } } },
      proposals: { select: { initiativeId: true, kind: true, replicateWhere: true, reason: true } },
      visits: { where: { status: "SCHEDULED" }, orderBy: { startsAt: "asc" }, select: { unit: { select: { name: true } }, initiatives: { orderBy: { sortOrder: "asc" }, select: { initiative: { select: { id: true, content: true } } } } } },
    },
  });
  return { access, round };
}
