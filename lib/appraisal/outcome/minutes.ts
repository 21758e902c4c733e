import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { appraisalMinutesModel, type AppraisalMinutesModel } from "./document";
import { loadRoundResults } from "./queries";

/**
 * The appraisal minutes of a round for a reader of its results, the person recording being the user
 * who generates them; null when the round does not exist, is not of this campaign, or the user may
 * not read its results.
 */
export async function loadAppraisalMinutes(actor: SessionUser, campaignId: string, roundId: string, now = new Date()): Promise<AppraisalMinutesModel | null> {
  const db = await getDb();
  const res = await loadRoundResults(actor, roundId, { client: db, comments: false });
  if (!res || res.round.campaignId !== campaignId) return null;
  const [me, parent] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { jobTitle: true } }),
    db.unit.findUnique({ where: { id: res.access.campaign.issuingUnit.id }, select: { parent: { select: { name: true } } } }),
  ]);
  const c = res.access.campaign;
  return appraisalMinutesModel({
    issuingUnit: { name: c.issuingUnit.name, kind: c.issuingUnit.kind, parentName: parent?.parent?.name ?? null },
    campaign: { documentNumber: c.documentNumber, title: c.title },
    round: {
      name: res.round.name,
      status: res.round.status,
      openedAt: res.round.openedAt,
      closedAt: res.round.closedAt,
      inclusionNote: res.round.inclusionNote,
      minutesPlace: res.round.minutesPlace,
      minutesNote: res.round.minutesNote,
      spreadThreshold: res.round.spreadThreshold,
      evaluatorsPerItem: res.round.evaluatorsPerItem,
    },
    chair: res.round.chair,
    evaluators: res.evaluators.map((e) => ({ fullName: e.fullName, jobTitle: e.jobTitle, unitName: e.unitName })),
    recorder: { fullName: actor.fullName, jobTitle: me?.jobTitle ?? null, unitName: actor.unitName },
    criteria: res.criteria,
    rows: res.rows.map((r) => ({
      rank: r.result.rank,
      tied: r.tied,
      content: r.content,
      unitName: r.unitName,
      total: r.result.total,
      flagged: r.result.flagged,
      verdict: r.verdict,
    })),
    now,
  });
}
