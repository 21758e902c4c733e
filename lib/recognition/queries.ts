import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import type { RegistrationLevel } from "@/lib/generated/prisma/enums";
import { formatCalendarDate } from "@/lib/time/vn";
import { defaultRecognitionSummary, highestRecognition, originIdOf, recognitionLevelOf } from "./rules";

type Client = Db | Tx;

/** One recognition of an initiative's lineage, as a list shows it. */
export interface RecognitionRef {
  level: RegistrationLevel;
  decisionId: string;
  number: string;
  signedOn: Date;
  /** dd/MM/yyyy */
  signedOnText: string;
  issuer: string;
  /** The campaign of the decision: differs from the row's own when the recognition came from above. */
  campaignId: string;
}

/**
 * The recognitions of a list of initiatives in one query, matched through the lineage: a forwarded copy
 * recognised by the City reads back at the origin and at every copy. Keyed by the initiative ids given;
 * the highest recognition (cấp Thành phố before cấp Sở) when there are several.
 */
export async function recognitionsFor(
  client: Client,
  initiatives: readonly { id: string; originInitiativeId: string | null }[],
): Promise<Map<string, RecognitionRef>> {
  const out = new Map<string, RecognitionRef>();
  if (!initiatives.length) return out;
  const origins = [...new Set(initiatives.map(originIdOf))];
  const rows = await client.recognitionItem.findMany({
    where: { originInitiativeId: { in: origins } },
    select: {
      originInitiativeId: true,
      level: true,
      decision: { select: { id: true, number: true, signedOn: true, campaignId: true, issuingUnit: { select: { name: true } } } },
    },
  });
  const byOrigin = new Map<string, RecognitionRef[]>();
  for (const r of rows) {
    const ref: RecognitionRef = {
      level: r.level,
      decisionId: r.decision.id,
      number: r.decision.number,
      signedOn: r.decision.signedOn,
      signedOnText: formatCalendarDate(r.decision.signedOn),
      issuer: r.decision.issuingUnit.name,
      campaignId: r.decision.campaignId,
    };
    const list = byOrigin.get(r.originInitiativeId) ?? [];
    list.push(ref);
    byOrigin.set(r.originInitiativeId, list);
  }
  for (const i of initiatives) {
    const best = highestRecognition(byOrigin.get(originIdOf(i)) ?? []);
    if (best) out.set(i.id, best);
  }
  return out;
}

/** The decisions naming an initiative itself (not its lineage): the Mẫu 1 removal guard and the drop note. */
export async function decisionsNaming(client: Client, initiativeId: string) {
  const rows = await client.recognitionItem.findMany({
    where: { initiativeId },
    orderBy: { decision: { signedOn: "asc" } },
    select: { level: true, decision: { select: { id: true, number: true, signedOn: true } } },
  });
  return rows.map((r) => ({ level: r.level, id: r.decision.id, number: r.decision.number, signedOn: r.decision.signedOn, signedOnText: formatCalendarDate(r.decision.signedOn) }));
}

const campaignSelect = {
  id: true,
  documentNumber: true,
  title: true,
  year: true,
  status: true,
  issuingUnit: { select: { id: true, path: true, name: true, kind: true } },
} as const;

/** A recognising proposal of a survey round that is closed (issue 13). */
const SURVEY_PROPOSES: Prisma.SurveyProposalWhereInput = { kind: { in: ["RECOGNISE", "REPLICATE"] }, round: { status: "CLOSED" } };

/** Initiatives of the campaign with a RECOGNISE verdict in an open or closed round, not yet recognised at `level`. */
export async function recognisableInitiatives(client: Client, campaignId: string, level: RegistrationLevel) {
  const rows = await client.initiative.findMany({
    where: {
      campaignId,
      // The Steering Committee's verdict, or (issue 13) the proposal of a closed survey round on the initiative or its origin.
      OR: [
        { appraisalItems: { some: { verdict: "RECOGNISE", round: { campaignId, status: { in: ["OPEN", "CLOSED"] } } } } },
        { surveyProposals: { some: SURVEY_PROPOSES } },
        { originInitiative: { surveyProposals: { some: SURVEY_PROPOSES } } },
      ],
    },
    orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }, { sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      content: true,
      type: true,
      level: true,
      originInitiativeId: true,
      unit: { select: { name: true } },
      originUnit: { select: { name: true } },
      appraisalItems: {
        where: { verdict: "RECOGNISE", round: { campaignId, status: { in: ["OPEN", "CLOSED"] } } },
        orderBy: { verdictAt: "desc" },
        take: 1,
        select: { id: true, round: { select: { name: true } } },
      },
      surveyProposals: { where: SURVEY_PROPOSES, take: 1, select: { round: { select: { name: true } } } },
      originInitiative: { select: { surveyProposals: { where: SURVEY_PROPOSES, take: 1, select: { round: { select: { name: true } } } } } },
    },
  });
  if (!rows.length) return [];
  const taken = await client.recognitionItem.findMany({
    where: { level, originInitiativeId: { in: [...new Set(rows.map(originIdOf))] } },
    select: { originInitiativeId: true },
  });
  const done = new Set(taken.map((t) => t.originInitiativeId));
  return rows
    .filter((r) => !done.has(originIdOf(r)))
    .map(({ appraisalItems, surveyProposals, originInitiative, ...r }) => {
      const survey = surveyProposals[0] ?? originInitiative?.surveyProposals[0];
      return {
        ...r,
        appraisalItemId: appraisalItems[0]?.id ?? null,
        roundName: appraisalItems[0]?.round.name ?? (survey ? `Đoàn khảo sát đề nghị (${survey.round.name})` : null),
      };
    });
}

/**
 * The "Công nhận" page of a campaign: null when the user may not read the campaign's registrations.
 * Decisions of the campaign, the initiatives they recognise, the campaign's initiatives recognised by a
 * higher level through their forwarded copies, and (for its issuing unit's leadership) the form.
 */
export async function getRecognitionPage(user: SessionUser, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: campaignSelect });
  if (!campaign || !can(user.roles, "read:registration", campaign.issuingUnit)) return null;
  const org = campaign.issuingUnit;
  const ownLevel = recognitionLevelOf(org.kind);
  const canRecognise = ownLevel !== null && can(user.roles, "recognise:initiative", org);

  const [decisions, items] = await Promise.all([
    db.recognitionDecision.findMany({
      where: { campaignId },
      orderBy: [{ signedOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        number: true,
        signedOn: true,
        signerName: true,
        signerTitle: true,
        summary: true,
        level: true,
        createdBy: { select: { fullName: true } },
        _count: { select: { items: true } },
      },
    }),
    db.recognitionItem.findMany({
      where: { decision: { campaignId } },
      orderBy: [{ decision: { signedOn: "asc" } }, { sortOrder: "asc" }, { id: "asc" }],
      take: 2000,
      select: {
        id: true,
        level: true,
        decision: { select: { id: true, number: true, signedOn: true } },
        initiative: {
          select: {
            id: true,
            content: true,
            type: true,
            ownerNames: true,
            unit: { select: { name: true } },
            originUnit: { select: { name: true } },
            forwardedFromId: true,
          },
        },
      },
    }),
  ]);

  // This campaign's initiatives recognised above it (through a forwarded copy, in another campaign).
  const forwardedUp = await db.initiative.findMany({
    where: { campaignId, forwards: { some: {} } },
    select: { id: true, originInitiativeId: true, content: true, type: true, unit: { select: { name: true } } },
    take: 2000,
  });
  const upper = await recognitionsFor(db, forwardedUp);
  const recognisedAbove = forwardedUp
    .map((i) => ({ ...i, recognition: upper.get(i.id) }))
    .filter((i): i is typeof i & { recognition: RecognitionRef } => !!i.recognition && i.recognition.campaignId !== campaignId);

  let form = null;
  if (canRecognise && ownLevel) {
    const [candidates, me] = await Promise.all([
      recognisableInitiatives(db, campaignId, ownLevel),
      db.user.findUnique({ where: { id: user.id }, select: { fullName: true, jobTitle: true } }),
    ]);
    form = {
      level: ownLevel,
      candidates,
      defaults: { signerName: me?.fullName ?? user.fullName, signerTitle: me?.jobTitle ?? "", summary: defaultRecognitionSummary(campaign, ownLevel) },
    };
  }

  return {
    campaign,
    ownLevel,
    canRecognise,
    decisions: decisions.map((d) => ({ ...d, signedOnText: formatCalendarDate(d.signedOn), count: d._count.items })),
    items: items.map((it) => ({
      id: it.id,
      level: it.level,
      decision: { ...it.decision, signedOnText: formatCalendarDate(it.decision.signedOn) },
      initiative: it.initiative,
    })),
    recognisedAbove,
    form,
  };
}

/** recognitionsFor by ids alone (lists whose rows do not carry the lineage): one more small query. */
/** recognitionsForIds for rows that carry their origin already (the consolidated list's): one statement. */
export async function recognitionsForRows(rows: readonly { id: string; originInitiativeId: string | null }[]): Promise<Map<string, RecognitionRef>> {
  return recognitionsFor(await getDb(), rows);
}

export async function recognitionsForIds(ids: readonly string[]): Promise<Map<string, RecognitionRef>> {
  if (!ids.length) return new Map();
  const db = await getDb();
  const rows = await db.initiative.findMany({ where: { id: { in: [...ids] } }, select: { id: true, originInitiativeId: true } });
  return recognitionsFor(db, rows);
}
