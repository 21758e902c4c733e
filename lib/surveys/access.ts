import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import type { SurveyRoundStatus, SurveyTeamRole, SurveyVisitStatus } from "@/lib/generated/prisma/enums";

/**
 * Who may do what on one survey round, read from the round itself (its plan's issuing unit), never from
 * the URL:
 * - manage (plan, round, team, visits, invitations): `manage:survey` on the plan's issuing unit;
 * - lead (the round's report and proposals, closing the round): a team member with role LEADER, or a manager;
 * - record findings: a member of the round's team, on the round's visits only (their own findings);
 * - read the whole round: managers, `read:survey` on the issuing unit (leadership), team members.
 * A visited unit sees its own visit and report only (loadVisitAccess). Someone with no part gets null and
 * never learns that the round exists.
 */
export interface SurveyRoundAccess {
  round: { id: string; planId: string; name: string; status: SurveyRoundStatus; lockVersion: number };
  plan: { id: string; title: string; documentNumber: string | null; startsOn: Date; endsOn: Date; year: number; issuingUnit: { id: string; name: string; path: string } };
  canManage: boolean;
  canRead: boolean;
  /** The actor's SurveyTeamMember in this round, or null. */
  member: { id: string; role: SurveyTeamRole } | null;
  /** May write the round's report, its proposals and close it. */
  canLead: boolean;
}

export async function loadSurveyRoundAccess(actor: SessionUser, roundId: string, client?: Db | Tx): Promise<SurveyRoundAccess | null> {
  const db = client ?? (await getDb());
  const round = await db.surveyRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      planId: true,
      name: true,
      status: true,
      lockVersion: true,
      plan: {
        select: {
          id: true,
          title: true,
          documentNumber: true,
          startsOn: true,
          endsOn: true,
          year: true,
          issuingUnit: { select: { id: true, name: true, path: true } },
        },
      },
      team: { where: { userId: actor.id }, select: { id: true, role: true }, take: 1 },
    },
  });
  if (!round) return null;
  const { plan, team, ...rest } = round;
  const canManage = can(actor.roles, "manage:survey", plan.issuingUnit);
  // A team member of a round still in preparation has not been invited yet: they see it once announced.
  const member = team[0] && (round.status !== "DRAFT" || canManage) ? team[0] : null;
  const canRead = canManage || can(actor.roles, "read:survey", plan.issuingUnit) || member !== null;
  if (!canRead) return null;
  const canLead = canManage || member?.role === "LEADER";
  return { round: rest, plan, canManage, canRead, member, canLead };
}

/**
 * One visit with the actor's part in it: the round's access (team, managers, readers) or the visited
 * unit's own (`edit:survey-report` / `submit:survey-report` on the visit's unit, read from the visit).
 * Null when the actor has no part, or when the round has not been announced and the actor is the unit.
 */
export interface SurveyVisitAccess {
  visit: { id: string; roundId: string; unitId: string; status: SurveyVisitStatus; startsAt: Date; endsAt: Date; reportDueAt: Date; lockVersion: number };
  unit: { id: string; name: string; path: string };
  round: SurveyRoundAccess | null;
  /** The visited unit's people: may prepare (edit) and submit the unit's report. */
  canEditReport: boolean;
  canSubmitReport: boolean;
}

export async function loadVisitAccess(actor: SessionUser, visitId: string, client?: Db | Tx): Promise<SurveyVisitAccess | null> {
  const db = client ?? (await getDb());
  const visit = await db.surveyVisit.findUnique({
    where: { id: visitId },
    select: {
      id: true,
      roundId: true,
      unitId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      reportDueAt: true,
      lockVersion: true,
      unit: { select: { id: true, name: true, path: true } },
      round: { select: { status: true } },
    },
  });
  if (!visit) return null;
  const { unit, round: roundStatus, ...rest } = visit;
  const round = await loadSurveyRoundAccess(actor, visit.roundId, db);
  const announced = roundStatus.status !== "DRAFT";
  const canEditReport = announced && can(actor.roles, "edit:survey-report", unit);
  const canSubmitReport = announced && can(actor.roles, "submit:survey-report", unit);
  if (!round && !canEditReport && !canSubmitReport) return null;
  return { visit: rest, unit, round, canEditReport, canSubmitReport };
}
