import "server-only";
import { can, type ScopedRole } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";

type Actor = { id: string; roles: readonly ScopedRole[] };

/**
 * A council session with everything its minutes are made of: the organisation, the campaign, the
 * members convened (with attendance), the agenda items with their frozen tallies and the proposals.
 */
export async function loadMinutesSession(db: Db | Tx, sessionId: string) {
  return db.councilSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      status: true,
      meetingAt: true,
      location: true,
      agenda: true,
      ballotMode: true,
      chairUserId: true,
      secretaryUserId: true,
      closedAt: true,
      minutes: true,
      minutesFinalisedAt: true,
      lockVersion: true,
      organisationUnit: { select: { id: true, path: true, name: true, parent: { select: { name: true } } } },
      campaign: { select: { id: true, documentNumber: true, title: true } },
      members: {
        orderBy: [{ position: "asc" }, { user: { fullName: "asc" } }],
        select: { userId: true, position: true, presentAt: true, user: { select: { fullName: true, jobTitle: true } } },
      },
      items: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          id: true,
          invitedCount: true,
          presentCount: true,
          agreeCount: true,
          disagreeCount: true,
          abstainCount: true,
          outcome: true,
          tallyFrozenAt: true,
          proposal: {
            select: {
              id: true,
              nomineeName: true,
              nomineeType: true,
              nomineeDetail: true,
              failsHardCriterion: true,
              admissionJustification: true,
              unit: { select: { name: true } },
              awardForm: {
                select: {
                  name: true,
                  organisationUnitId: true,
                  quorumNumerator: true,
                  quorumDenominator: true,
                  quorumStrict: true,
                  thresholdNumerator: true,
                  thresholdDenominator: true,
                  thresholdStrict: true,
                  thresholdBase: true,
                },
              },
            },
          },
        },
      },
    },
  });
}

export type MinutesSession = NonNullable<Awaited<ReturnType<typeof loadMinutesSession>>>;

/**
 * Who reads and who writes a session's minutes: the members convened to it, the standing office
 * (manage:council) and the leadership (decide:award) of the organisation read them; the session's
 * secretary and the standing office edit them until they are finalised.
 */
export function minutesAccess(actor: Actor, s: Pick<MinutesSession, "members" | "secretaryUserId" | "organisationUnit">) {
  const org = s.organisationUnit;
  const convened = s.members.some((m) => m.userId === actor.id);
  const office = can(actor.roles, "manage:council", org);
  const leadership = can(actor.roles, "decide:award", org);
  const secretary = !!s.secretaryUserId && s.secretaryUserId === actor.id;
  return { canRead: convened || secretary || office || leadership, canEdit: secretary || office, isSecretary: secretary };
}
