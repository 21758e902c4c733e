/**
 * Demo data of issue 12 (appraisal by the Steering Committee, recognition by the competent level),
 * loaded after the awards (prisma/seed/demo.ts):
 * - `lanhdao.tp`: the City's leadership (LEADERSHIP on UBND Thành phố), who recognises cấp Thành phố;
 * - 2022, plan 1128/KH-SQHKT: a CLOSED round chaired by `bancd` with a panel from several units
 *   (assignments by lib/appraisal/assignment.ts with conflictUnitPaths, as persist.ts does: never an
 *   initiative of an office the evaluator belongs to; `bancd` and `noivu` appraise every office), the default rubric, submitted scores and the chair's verdicts (recognise, propose to
 *   the level above, needs a field survey, not passed); then the director's Quyết định 52/QĐ-SQHKT
 *   recognising the proposed ones cấp Sở (dated after the 2022 award proposals were submitted, so the
 *   proposals' frozen criteria checks stay true to their day);
 * - the current year's Sở plan: an OPEN round whose evaluators have assignments not yet scored.
 * Ids are fixed (`demo-appraisal-…`, `demo-recognition-…`) so that journeys can find them.
 */
import { syncRecognisedModels } from "@/lib/library/sync";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { AppraisalVerdict } from "../../lib/generated/prisma/enums";
import type { Db } from "../../lib/db/open";
import { assignEvaluators, conflictUnitPaths } from "../../lib/appraisal/assignment";
import { DEFAULT_RUBRIC } from "../../lib/appraisal/rubric";
import { dueAtForBeforeDay, inputToCalendarDate } from "../../lib/time/vn";
import { DEMO_CAMPAIGN_IDS } from "./demo-campaigns";

const unitId = (key: string) => `demo-${key}`;
const userId = (username: string) => `demo-user-${username}`;
const DIRECTOR = userId("giamdoc");
const CHAIR = userId("bancd");

export const DEMO_APPRAISAL_IDS = {
  closed2022: "demo-appraisal-1128-2022",
  openCurrent: "demo-appraisal-current",
  decision2022: "demo-recognition-52-2022",
} as const;

export const CITY_LEADER = {
  username: "lanhdao.tp",
  fullName: "Trần Quốc Thành",
  jobTitle: "Phó Chủ tịch Ủy ban nhân dân Thành phố (theo ủy quyền của Chủ tịch)",
};

/** The panel: the chair and heads of offices (each never gets their own office's initiatives), and Sở Nội vụ's officer. */
const PANEL = ["bancd", "truongphong.qhkv1", "truongphong.qhkv2", "truongphong.kt", "noivu"];
const OPEN_PANEL = ["bancd", "truongphong.qhkv1", "truongphong.qhkv2", "truongphong.kt"];

function vnAt(day: string, hhmm: string): Date {
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(dueAtForBeforeDay(day).getTime() + (h * 60 + m) * 60_000);
}

const VERDICT_REASON: Record<AppraisalVerdict, string> = {
  RECOGNISE: "Có tính mới, hiệu quả được chứng minh bằng số liệu; đề nghị Giám đốc Sở công nhận cấp Sở.",
  PROPOSE_UPPER: "Có khả năng nhân rộng trên địa bàn Thành phố; đề nghị gửi Sở Nội vụ để trình UBND Thành phố công nhận.",
  NEEDS_SURVEY: "Số liệu minh chứng chưa đủ; Tổ công tác khảo sát thực tế tại đơn vị trước khi kết luận.",
  NOT_PASSED: "Chưa có kết quả đo được; đề nghị đơn vị tiếp tục thực hiện, đánh giá lại năm sau.",
};

/** Share of the maximum an evaluator gives, by the verdict the round came to (a little spread between evaluators). */
const SHARE: Record<AppraisalVerdict, number> = { RECOGNISE: 0.85, PROPOSE_UPPER: 0.92, NEEDS_SURVEY: 0.68, NOT_PASSED: 0.45 };

export async function seedDemoAppraisal(prisma: Db, now: Date = new Date()) {
  const director = await prisma.user.findUniqueOrThrow({ where: { id: DIRECTOR }, select: { passwordHash: true, fullName: true, jobTitle: true } });
  const panelUsers = await prisma.user.findMany({
    where: { id: { in: PANEL.map(userId) } },
    select: { id: true, fullName: true, unit: { select: { path: true } }, roles: { select: { unit: { select: { path: true } } } } },
  });
  const sqhkt = await prisma.unit.findUniqueOrThrow({ where: { id: unitId("sqhkt") }, select: { path: true } });
  // As lib/appraisal/persist.ts: the units of the evaluator's home and roles below the campaign's issuing
  // unit (a member at the Sở's level, or above it, appraises every office; an office's head never their own).
  const pathsOf = (id: string) => {
    const u = panelUsers.find((p) => p.id === id)!;
    return conflictUnitPaths([u.unit.path, ...u.roles.map((r) => r.unit.path)], sqhkt.path);
  };

  // ---- 2022: the items (typical and completed initiatives of accepted forms), in a fixed order.
  const pool = await prisma.initiative.findMany({
    where: { campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022, registration: { status: "ACCEPTED" }, OR: [{ isTypical: true }, { progress: "COMPLETED" }] },
    orderBy: [{ isTypical: "desc" }, { id: "asc" }],
    select: { id: true, content: true, unitId: true, isTypical: true, progress: true, unit: { select: { path: true } } },
  });
  const typical = pool.filter((i) => i.isTypical);
  const plain = pool.filter((i) => !i.isTypical && i.progress === "COMPLETED");
  // Three typical ones recognised cấp Sở, one proposed to the City, one to survey; a completed plain one not passed.
  const plan: { ini: (typeof pool)[number]; verdict: AppraisalVerdict }[] = [
    ...typical.slice(0, 3).map((ini) => ({ ini, verdict: "RECOGNISE" as const })),
    ...typical.slice(3, 4).map((ini) => ({ ini, verdict: "PROPOSE_UPPER" as const })),
    ...typical.slice(4, 5).map((ini) => ({ ini, verdict: "NEEDS_SURVEY" as const })),
    ...plain.slice(0, 1).map((ini) => ({ ini, verdict: "NOT_PASSED" as const })),
  ];

  const rounds: Prisma.AppraisalRoundCreateManyInput[] = [];
  const criteria: Prisma.AppraisalCriterionCreateManyInput[] = [];
  const evaluators: Prisma.AppraisalEvaluatorCreateManyInput[] = [];
  const items: Prisma.AppraisalItemCreateManyInput[] = [];
  const assignments: Prisma.AppraisalAssignmentCreateManyInput[] = [];
  const scores: Prisma.AppraisalScoreCreateManyInput[] = [];
  const audit: Prisma.AuditLogCreateManyInput[] = [];

  const addRound = (r: { id: string; campaignId: string; name: string; status: "OPEN" | "CLOSED"; dueAt: Date; openedAt: Date; closedAt: Date | null; createdAt: Date; note: string; panel: string[]; perItem: number }) => {
    rounds.push({
      id: r.id,
      campaignId: r.campaignId,
      name: r.name,
      status: r.status,
      evaluatorsPerItem: r.perItem,
      dueAt: r.dueAt,
      inclusionNote: r.note,
      chairUserId: CHAIR,
      rubricFrozenAt: r.status === "CLOSED" ? r.openedAt : null,
      openedAt: r.openedAt,
      closedAt: r.closedAt,
      minutesPlace: r.status === "CLOSED" ? "Phòng họp số 1, Sở Quy hoạch - Kiến trúc" : null,
      createdById: CHAIR,
      createdAt: r.createdAt,
    });
    DEFAULT_RUBRIC.forEach((c, i) =>
      criteria.push({ id: `${r.id}-c${i + 1}`, roundId: r.id, sortOrder: i + 1, name: c.name, description: c.description ?? null, maxPoints: c.maxPoints, weight: c.weight }),
    );
    for (const username of r.panel) evaluators.push({ id: `${r.id}-e-${username}`, roundId: r.id, userId: userId(username), addedAt: r.createdAt });
    audit.push({
      at: r.openedAt,
      actorId: CHAIR,
      action: "appraisal-round.open",
      entityType: "AppraisalRound",
      entityId: r.id,
      unitId: unitId("sqhkt"),
      campaignId: r.campaignId,
      summary: `Mở đợt thẩm định “${r.name}”`,
    });
  };
  /** The automatic, balanced assignment of lib/appraisal (own unit and units below excluded). */
  const assign = (roundId: string, roundItems: { id: string; unitPath: string }[], panel: string[], perItem: number) =>
    assignEvaluators({
      items: roundItems,
      evaluators: panel.map((u) => ({ id: `${roundId}-e-${u}`, unitPaths: pathsOf(userId(u)) })),
      perItem,
    }).pairs;

  // ---- the closed 2022 round
  const closedId = DEMO_APPRAISAL_IDS.closed2022;
  const closedAt = vnAt("2022-12-06", "16:30");
  addRound({
    id: closedId,
    campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022,
    name: "Thẩm định mô hình, giải pháp, sáng kiến tiêu biểu năm 2022",
    status: "CLOSED",
    dueAt: dueAtForBeforeDay("2022-12-03"),
    openedAt: vnAt("2022-11-21", "08:30"),
    closedAt,
    createdAt: vnAt("2022-11-18", "10:00"),
    note: "Các nội dung được Ban Giám đốc chọn tiêu biểu và một số nội dung đã hoàn thành, cấp Sở.",
    panel: PANEL,
    perItem: 2,
  });
  plan.forEach(({ ini, verdict }, i) =>
    items.push({
      id: `${closedId}-i${i + 1}`,
      roundId: closedId,
      initiativeId: ini.id,
      sortOrder: i + 1,
      verdict,
      verdictReason: VERDICT_REASON[verdict],
      verdictAt: vnAt("2022-12-06", "15:00"),
      verdictById: CHAIR,
    }),
  );
  const closedPairs = assign(
    closedId,
    plan.map(({ ini }, i) => ({ id: `${closedId}-i${i + 1}`, unitPath: ini.unit.path })),
    PANEL,
    2,
  );
  closedPairs.forEach((p, n) => {
    const aId = `${closedId}-a${n + 1}`;
    const itemIndex = Number(p.itemId.slice(p.itemId.lastIndexOf("-i") + 2)) - 1;
    const verdict = plan[itemIndex].verdict;
    const submittedAt = vnAt("2022-12-0" + (1 + (n % 2)), `${9 + (n % 7)}:15`);
    assignments.push({ id: aId, roundId: closedId, itemId: p.itemId, evaluatorId: p.evaluatorId, status: "SUBMITTED", submittedAt, createdAt: vnAt("2022-11-21", "08:30"), updatedAt: submittedAt });
    DEFAULT_RUBRIC.forEach((c, ci) => {
      const wobble = ((n + ci) % 3) - 1; // −1, 0, +1 half-points
      const points = Math.min(c.maxPoints, Math.max(0, Math.round(c.maxPoints * SHARE[verdict] * 2) / 2 + wobble * 0.5));
      scores.push({ id: `${aId}-s${ci + 1}`, assignmentId: aId, criterionId: `${closedId}-c${ci + 1}`, points, comment: ci === 1 && verdict === "NEEDS_SURVEY" ? "Cần bổ sung số liệu trước và sau khi áp dụng." : null, updatedAt: submittedAt });
    });
  });
  audit.push({
    at: closedAt,
    actorId: CHAIR,
    action: "appraisal-round.close",
    entityType: "AppraisalRound",
    entityId: closedId,
    unitId: unitId("sqhkt"),
    campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022,
    summary: `Kết thúc đợt thẩm định: ${plan.length} nội dung, ${plan.filter((p) => p.verdict === "RECOGNISE").length} đề nghị công nhận cấp Sở`,
  });

  // ---- the director's decision 52/QĐ-SQHKT recognising the proposed ones cấp Sở
  const recognised = plan.map((p, i) => ({ ...p, itemId: `${closedId}-i${i + 1}` })).filter((p) => p.verdict === "RECOGNISE");
  const signedOn = "2022-12-08";
  const decision: Prisma.RecognitionDecisionCreateManyInput = {
    id: DEMO_APPRAISAL_IDS.decision2022,
    issuingUnitId: unitId("sqhkt"),
    campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022,
    level: "DEPARTMENT",
    number: "52/QĐ-SQHKT",
    signedOn: inputToCalendarDate(signedOn),
    signerName: director.fullName,
    signerTitle: director.jobTitle ?? "Giám đốc Sở",
    summary: "Về việc công nhận mô hình, giải pháp, sáng kiến tiêu biểu cấp Sở trong phong trào thi đua cải cách hành chính năm 2022",
    createdById: DIRECTOR,
    createdAt: vnAt(signedOn, "15:00"),
  };
  const recognitionItems: Prisma.RecognitionItemCreateManyInput[] = recognised.map((p, i) => ({
    id: `${DEMO_APPRAISAL_IDS.decision2022}-i${i + 1}`,
    decisionId: DEMO_APPRAISAL_IDS.decision2022,
    initiativeId: p.ini.id,
    originInitiativeId: p.ini.id,
    level: "DEPARTMENT",
    appraisalItemId: p.itemId,
    sortOrder: i,
  }));
  for (const p of recognised) {
    audit.push({
      at: vnAt(signedOn, "15:00"),
      actorId: DIRECTOR,
      action: "initiative.recognise",
      entityType: "RecognitionDecision",
      entityId: DEMO_APPRAISAL_IDS.decision2022,
      unitId: p.ini.unitId,
      campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022,
      subjectType: "Initiative",
      subjectId: p.ini.id,
      summary: `Công nhận cấp Sở “${p.ini.content.length > 80 ? `${p.ini.content.slice(0, 80).replace(/\s+\S*$/, "")}…` : p.ini.content}” theo Quyết định số 52/QĐ-SQHKT ngày 08/12/2022`,
    });
  }
  audit.push({
    at: vnAt(signedOn, "15:00"),
    actorId: DIRECTOR,
    action: "recognition-decision.create",
    entityType: "RecognitionDecision",
    entityId: DEMO_APPRAISAL_IDS.decision2022,
    unitId: unitId("sqhkt"),
    campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022,
    summary: `Ghi nhận Quyết định công nhận số 52/QĐ-SQHKT ngày 08/12/2022 (cấp Sở): ${recognised.length} nội dung`,
  });

  // ---- the current year's open round: assignments waiting for the evaluators
  const current = await prisma.initiative.findMany({
    where: { campaignId: DEMO_CAMPAIGN_IDS.sqhktCurrent, registration: { firstSubmittedAt: { not: null } } },
    orderBy: { id: "asc" },
    take: 6,
    select: { id: true, unit: { select: { path: true } } },
  });
  // Fewer than three submitted initiatives this year: a second round on 2022's plan instead.
  const openOn2022 = current.length < 3;
  const openItems = openOn2022
    ? (await prisma.initiative.findMany({
        where: { campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022, registration: { status: "ACCEPTED" }, id: { notIn: plan.map((p) => p.ini.id) } },
        orderBy: { id: "asc" },
        take: 6,
        select: { id: true, unit: { select: { path: true } } },
      }))
    : current;
  const openId = DEMO_APPRAISAL_IDS.openCurrent;
  const day = 86_400_000;
  addRound({
    id: openId,
    campaignId: openOn2022 ? DEMO_CAMPAIGN_IDS.sqhkt2022 : DEMO_CAMPAIGN_IDS.sqhktCurrent,
    name: openOn2022 ? "Thẩm định bổ sung năm 2022" : "Thẩm định mô hình, giải pháp, sáng kiến đăng ký năm nay (đợt 1)",
    status: "OPEN",
    dueAt: new Date(now.getTime() + 10 * day),
    openedAt: new Date(now.getTime() - 2 * day),
    closedAt: null,
    createdAt: new Date(now.getTime() - 3 * day),
    note: "Các nội dung đã nộp trong Mẫu 1 của các phòng.",
    panel: OPEN_PANEL,
    perItem: 2,
  });
  openItems.forEach((ini, i) => items.push({ id: `${openId}-i${i + 1}`, roundId: openId, initiativeId: ini.id, sortOrder: i + 1 }));
  assign(
    openId,
    openItems.map((ini, i) => ({ id: `${openId}-i${i + 1}`, unitPath: ini.unit.path })),
    OPEN_PANEL,
    2,
  ).forEach((p, n) => assignments.push({ id: `${openId}-a${n + 1}`, roundId: openId, itemId: p.itemId, evaluatorId: p.evaluatorId, createdAt: new Date(now.getTime() - 2 * day) }));

  await prisma.$transaction(async (tx) => {
    await tx.user.create({
      data: {
        id: userId(CITY_LEADER.username),
        username: CITY_LEADER.username,
        email: `${CITY_LEADER.username}@demo.cchc.vn`,
        fullName: CITY_LEADER.fullName,
        jobTitle: CITY_LEADER.jobTitle,
        passwordHash: director.passwordHash,
        unitId: unitId("city"),
        roles: { create: [{ role: "LEADERSHIP", unitId: unitId("city") }] },
      },
    });
    await tx.appraisalRound.createMany({ data: rounds });
    await tx.appraisalCriterion.createMany({ data: criteria });
    await tx.appraisalEvaluator.createMany({ data: evaluators });
    await tx.appraisalItem.createMany({ data: items });
    await tx.appraisalAssignment.createMany({ data: assignments });
    await tx.appraisalScore.createMany({ data: scores });
    await tx.recognitionDecision.createMany({ data: [decision] });
    await tx.recognitionItem.createMany({ data: recognitionItems });
    // Issue 13: the library of recognised models, as the recognition mutation keeps it.
    await syncRecognisedModels(tx, recognitionItems.map((i) => i.originInitiativeId as string));
    await tx.auditLog.createMany({ data: audit.sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime()) });
  });
}
