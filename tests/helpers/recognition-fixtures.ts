import type { AppraisalRoundStatus, AppraisalVerdict, RegistrationLevel } from "../../lib/generated/prisma/enums";
import { db } from "./factories";

/**
 * Appraisal rounds and recognition decisions written directly (the round set-up, scoring and verdict
 * pages are other parts of issue 12): a round of `campaign` chaired by `chair` with the given verdicts.
 */
export async function makeAppraisalRound(opts: {
  campaign: { id: string };
  chair: { id: string };
  status?: AppraisalRoundStatus;
  verdicts: { initiative: { id: string }; verdict: AppraisalVerdict | null }[];
}) {
  const round = await db().appraisalRound.create({
    data: {
      campaignId: opts.campaign.id,
      name: "Đợt thẩm định thử",
      status: opts.status ?? "CLOSED",
      dueAt: new Date(Date.now() - 86_400_000),
      chairUserId: opts.chair.id,
      createdById: opts.chair.id,
      closedAt: (opts.status ?? "CLOSED") === "CLOSED" ? new Date() : null,
      items: {
        create: opts.verdicts.map((v, i) => ({
          initiativeId: v.initiative.id,
          sortOrder: i,
          verdict: v.verdict,
          verdictAt: v.verdict ? new Date() : null,
          verdictById: v.verdict ? opts.chair.id : null,
          verdictReason: v.verdict ? "Theo kết quả chấm điểm." : null,
        })),
      },
    },
    include: { items: true },
  });
  return round;
}

/** A recognition decision recorded directly (as recordRecognition would leave it, without audit rows). */
export async function makeRecognitionDecision(opts: {
  issuingUnit: { id: string };
  campaign: { id: string };
  createdBy: { id: string };
  level: RegistrationLevel;
  number: string;
  signedOn?: string; // yyyy-MM-dd
  initiatives: { id: string; originInitiativeId: string | null }[];
}) {
  return db().recognitionDecision.create({
    data: {
      issuingUnitId: opts.issuingUnit.id,
      campaignId: opts.campaign.id,
      level: opts.level,
      number: opts.number,
      signedOn: new Date(`${opts.signedOn ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`),
      signerName: "Nguyễn Văn Lãnh Đạo",
      signerTitle: opts.level === "CITY" ? "Chủ tịch" : "Giám đốc",
      createdById: opts.createdBy.id,
      items: {
        create: opts.initiatives.map((i, n) => ({ initiativeId: i.id, originInitiativeId: i.originInitiativeId ?? i.id, level: opts.level, sortOrder: n })),
      },
    },
  });
}
