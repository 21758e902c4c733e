import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import type { AppraisalRoundStatus } from "@/lib/generated/prisma/enums";

/**
 * Who may do what on one appraisal round, read from the round itself (its campaign's issuing unit),
 * never from the URL:
 * - manage (set up, assign, open, close): `manage:appraisal` on the campaign's issuing unit (the CCHC
 *   office and the Steering Committee of that unit or above);
 * - chair (verdicts, reopening a submitted score, the minutes): the round's chair;
 * - score: an ACTIVE member of the round's panel, on their own assignments only;
 * - read the results (every evaluator's scores): managers, the chair, `read:appraisal` (the leadership).
 * Units never see evaluators' scores; they see their initiatives' totals once the round is closed
 * (lib/appraisal/unit-view.ts).
 */
export interface RoundAccess {
  round: {
    id: string;
    campaignId: string;
    name: string;
    status: AppraisalRoundStatus;
    chairUserId: string;
    evaluatorsPerItem: number;
    dueAt: Date;
    showOthersScores: boolean;
    spreadThreshold: number;
    rubricFrozenAt: Date | null;
    lockVersion: number;
  };
  campaign: { id: string; title: string; documentNumber: string; status: string; issuingUnit: { id: string; name: string; path: string; kind: string } };
  canManage: boolean;
  isChair: boolean;
  /** The actor's active AppraisalEvaluator id in this round, or null. */
  evaluatorId: string | null;
  canReadResults: boolean;
}

export async function loadRoundAccess(actor: SessionUser, roundId: string, client?: Db | Tx): Promise<RoundAccess | null> {
  const db = client ?? (await getDb());
  const round = await db.appraisalRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      campaignId: true,
      name: true,
      status: true,
      chairUserId: true,
      evaluatorsPerItem: true,
      dueAt: true,
      showOthersScores: true,
      spreadThreshold: true,
      rubricFrozenAt: true,
      lockVersion: true,
      campaign: { select: { id: true, title: true, documentNumber: true, status: true, issuingUnit: { select: { id: true, name: true, path: true, kind: true } } } },
      evaluators: { where: { userId: actor.id, active: true }, select: { id: true }, take: 1 },
    },
  });
  if (!round) return null;
  const { campaign, evaluators, ...rest } = round;
  const canManage = can(actor.roles, "manage:appraisal", campaign.issuingUnit);
  const isChair = round.chairUserId === actor.id;
  const evaluatorId = evaluators[0]?.id ?? null;
  const canReadResults = canManage || isChair || can(actor.roles, "read:appraisal", campaign.issuingUnit);
  // Someone with no part in the round does not learn that it exists.
  if (!canReadResults && !evaluatorId) return null;
  return { round: rest, campaign, canManage, isChair, evaluatorId, canReadResults };
}
