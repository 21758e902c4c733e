import { randomUUID } from "node:crypto";
import type { BallotMode, VoteThresholdBase } from "../../lib/generated/prisma/enums";
import { db, makeOrganisation, makeUser } from "./factories";

export type Org = Awaited<ReturnType<typeof makeOrganisation>>;

let formSeq = 0;

/** An award form of the department with a voting rule (default: quorum ≥ 2/3, approval > 1/2 of the members). */
export async function makeVotingForm(
  org: Org,
  rule: { threshold?: [number, number, boolean]; base?: VoteThresholdBase; quorum?: [number, number, boolean] } = {},
) {
  const [tn, td, ts] = rule.threshold ?? [1, 2, true];
  const [qn, qd, qs] = rule.quorum ?? [2, 3, false];
  return db().awardForm.create({
    data: {
      organisationUnitId: org.dept.id,
      name: `Giấy khen ${++formSeq}`,
      recipientTypes: ["COLLECTIVE", "INDIVIDUAL"],
      quorumNumerator: qn,
      quorumDenominator: qd,
      quorumStrict: qs,
      thresholdNumerator: tn,
      thresholdDenominator: td,
      thresholdStrict: ts,
      thresholdBase: rule.base ?? "MEMBERS",
    },
  });
}

/**
 * A council of `size` members of the department (the leader chairs it; org.council is one of them) and a
 * VOTING session with all of them convened: one SCHEDULED proposal per form given, or `items` proposals
 * of one form.
 */
export async function makeVotingSession(
  opts: { mode?: BallotMode; size?: number; forms?: Awaited<ReturnType<typeof makeVotingForm>>[]; items?: number; org?: Org } = {},
) {
  const org = opts.org ?? (await makeOrganisation());
  const size = opts.size ?? 5;
  const members: { id: string; fullName: string }[] = [org.leader, org.council];
  while (members.length < size) members.push(await makeUser({ unit: org.dept, roles: [{ role: "COUNCIL_MEMBER" }] }));
  const forms = opts.forms ?? [await makeVotingForm(org)];
  const formOfItem = opts.items !== undefined ? Array.from({ length: opts.items }, () => forms[0]) : forms;
  const proposals = await db().awardProposal.createManyAndReturn({
    data: formOfItem.map((form, i) => ({
      id: `p-${randomUUID()}`,
      campaignId: org.campaign.id,
      unitId: i % 2 ? org.officeB.id : org.officeA.id,
      awardFormId: form.id,
      nomineeType: "COLLECTIVE" as const,
      nomineeUnitId: i % 2 ? org.officeB.id : org.officeA.id,
      nomineeName: `${i % 2 ? "Phòng B" : "Phòng A"} (${i + 1})`,
      status: "SCHEDULED" as const,
      submittedVersion: 1,
    })),
  });
  // createManyAndReturn does not promise the input order: keep the order the items were asked for.
  const order = new Map(proposals.map((p) => [p.nomineeName, p]));
  const ordered = formOfItem.map((_, i) => order.get(`${i % 2 ? "Phòng B" : "Phòng A"} (${i + 1})`)!);
  const mode = opts.mode ?? "OPEN";
  const session = await db().councilSession.create({
    data: {
      organisationUnitId: org.dept.id,
      campaignId: org.campaign.id,
      title: mode === "SECRET" ? "Phiên họp xét khen thưởng (bỏ phiếu kín)" : "Phiên họp xét khen thưởng",
      meetingAt: new Date(),
      ballotMode: mode,
      status: "VOTING",
      votingOpenedAt: new Date(),
      chairUserId: org.leader.id,
      members: { create: members.map((m, i) => ({ userId: m.id, position: i === 0 ? ("CHAIR" as const) : ("MEMBER" as const) })) },
      items: { create: ordered.map((p, i) => ({ proposalId: p.id, sortOrder: i + 1 })) },
    },
    include: { items: { orderBy: { sortOrder: "asc" } } },
  });
  return { org, members, forms, proposals: ordered, session, items: session.items };
}
