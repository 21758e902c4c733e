import "server-only";
import { compareVi } from "@/lib/text/collate";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { minutesDocumentModel } from "./document";
import { composeMinutes, type MinutesInput } from "./compose";
import { loadMinutesSession, minutesAccess, type MinutesSession } from "./access";

/** The frozen data of a closed session as the composer's input (open ballot: who voted what, by name). */
export async function minutesInputOf(db: Db | Tx, s: MinutesSession): Promise<MinutesInput> {
  const nameOf = new Map(s.members.map((m) => [m.userId, m.user.fullName]));
  const votersByItem = new Map<string, { agree: string[]; disagree: string[]; abstain: string[] }>();
  if (s.ballotMode === "OPEN" && s.items.length) {
    const votes = await db.councilVote.findMany({
      where: { sessionId: s.id, memberUserId: { not: null } },
      select: { agendaItemId: true, memberUserId: true, choice: true },
    });
    for (const it of s.items) votersByItem.set(it.id, { agree: [], disagree: [], abstain: [] });
    for (const v of votes) {
      const bucket = votersByItem.get(v.agendaItemId);
      if (!bucket || !v.memberUserId) continue;
      const name = nameOf.get(v.memberUserId) ?? "";
      (v.choice === "AGREE" ? bucket.agree : v.choice === "DISAGREE" ? bucket.disagree : bucket.abstain).push(name);
    }
    for (const b of votersByItem.values()) for (const list of [b.agree, b.disagree, b.abstain]) list.sort((a, b2) => compareVi(a, b2));
  }
  const chair = s.members.find((m) => m.userId === s.chairUserId)?.user ?? null;
  const secretary = s.members.find((m) => m.userId === s.secretaryUserId)?.user ?? null;
  return {
    title: s.title,
    organisationName: s.organisationUnit.name,
    parentOrganisationName: s.organisationUnit.parent?.name ?? null,
    headTitle: chair?.jobTitle ?? null,
    campaign: { documentNumber: s.campaign.documentNumber, title: s.campaign.title },
    meetingAt: s.meetingAt,
    location: s.location,
    agenda: s.agenda,
    ballotMode: s.ballotMode,
    chair: chair ?? (await userName(db, s.chairUserId)),
    secretary: secretary ?? (s.secretaryUserId ? await userName(db, s.secretaryUserId) : null),
    members: s.members.map((m) => ({ fullName: m.user.fullName, jobTitle: m.user.jobTitle, position: m.position, present: !!m.presentAt })),
    items: s.items.map((it) => {
      const f = it.proposal.awardForm;
      return {
        nomineeName: it.proposal.nomineeName,
        nomineeType: it.proposal.nomineeType,
        nomineeDetail: it.proposal.nomineeDetail,
        unitName: it.proposal.unit.name,
        awardFormName: f.name,
        rule: {
          quorum: { numerator: f.quorumNumerator, denominator: f.quorumDenominator, strict: f.quorumStrict },
          threshold: { numerator: f.thresholdNumerator, denominator: f.thresholdDenominator, strict: f.thresholdStrict },
          thresholdBase: f.thresholdBase,
        },
        withinAuthority: f.organisationUnitId === s.organisationUnit.id,
        failsHardCriterion: it.proposal.failsHardCriterion,
        admissionJustification: it.proposal.admissionJustification,
        invited: it.invitedCount ?? 0,
        present: it.presentCount ?? 0,
        agree: it.agreeCount ?? 0,
        disagree: it.disagreeCount ?? 0,
        abstain: it.abstainCount ?? 0,
        outcome: it.outcome ?? "NO_QUORUM",
        ...(s.ballotMode === "OPEN" ? { voters: votersByItem.get(it.id) } : {}),
      };
    }),
  };
}

async function userName(db: Db | Tx, id: string) {
  return db.user.findUnique({ where: { id }, select: { fullName: true, jobTitle: true } });
}

/** The draft the session's frozen data gives now. */
export async function generatedMinutes(db: Db | Tx, s: MinutesSession): Promise<string> {
  return composeMinutes(await minutesInputOf(db, s));
}

/**
 * The minutes page: null when the session does not exist or the user may not read it. `edited`
 * tells whether the stored text differs from what generating again would give.
 */
export async function getMinutesPage(user: SessionUser, sessionId: string) {
  const db = await getDb();
  const s = await loadMinutesSession(db, sessionId);
  if (!s) return null;
  const access = minutesAccess(user, s);
  if (!access.canRead) return null;
  const closed = s.status === "CLOSED";
  const fresh = closed ? await generatedMinutes(db, s) : null;
  const secretary = s.members.find((m) => m.userId === s.secretaryUserId)?.user ?? (s.secretaryUserId ? await userName(db, s.secretaryUserId) : null);
  const chair = s.members.find((m) => m.userId === s.chairUserId)?.user ?? (await userName(db, s.chairUserId));
  return {
    session: s,
    chair,
    secretary,
    closed,
    finalised: !!s.minutesFinalisedAt,
    canEdit: access.canEdit && closed && !s.minutesFinalisedAt,
    mayEditRole: access.canEdit,
    edited: !!s.minutes && fresh !== null && s.minutes !== fresh,
  };
}

/** The document model of the minutes page's data: one place for the page, the print view and the Word/PDF route. */
export function minutesModelOf(data: NonNullable<Awaited<ReturnType<typeof getMinutesPage>>>) {
  const s = data.session;
  return minutesDocumentModel({
    finalised: data.finalised,
    organisation: { name: s.organisationUnit.name, parentName: s.organisationUnit.parent?.name ?? null },
    sessionTitle: s.title,
    meetingAt: s.meetingAt,
    minutes: s.minutes ?? "",
    secretaryName: data.secretary?.fullName ?? null,
    chairName: data.chair?.fullName ?? null,
  });
}
