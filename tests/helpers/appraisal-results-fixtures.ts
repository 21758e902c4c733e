import { DEFAULT_RUBRIC } from "../../lib/appraisal/rubric";
import type { AppraisalAssignmentStatus, AppraisalRoundStatus, InitiativeType, RegistrationLevel } from "../../lib/generated/prisma/enums";
import { db, makeOrganisation, makeUser } from "./factories";
import { makeRegistration } from "./registration-fixtures";

/**
 * An appraisal round written directly with Prisma (as the set-up and scoring pages would leave it), so
 * that results tests depend only on the rows: the default rubric, the panel, the items and, per
 * (evaluator, item), an assignment with its status and points.
 */
export interface SheetSpec {
  evaluator: number; // index in evaluators
  item: number; // index in initiatives
  status: AppraisalAssignmentStatus;
  points?: number[]; // per criterion of DEFAULT_RUBRIC
  comments?: (string | null)[];
}

export async function makeAppraisalRound(opts: {
  campaignId: string;
  chair: { id: string };
  createdBy: { id: string };
  initiatives: { id: string }[];
  evaluators: { user: { id: string }; active?: boolean }[];
  sheets: SheetSpec[];
  status?: AppraisalRoundStatus;
  spreadThreshold?: number;
  name?: string;
}) {
  const status = opts.status ?? "OPEN";
  const round = await db().appraisalRound.create({
    data: {
      campaignId: opts.campaignId,
      name: opts.name ?? "Đợt thẩm định năm 2026",
      status,
      dueAt: new Date(Date.now() + 7 * 86_400_000),
      spreadThreshold: opts.spreadThreshold ?? 20,
      inclusionNote: "Tất cả mô hình, giải pháp đã hoàn thành, cấp Sở.",
      chairUserId: opts.chair.id,
      createdById: opts.createdBy.id,
      openedAt: status === "DRAFT" ? null : new Date(Date.now() - 86_400_000),
      closedAt: status === "CLOSED" ? new Date() : null,
      rubricFrozenAt: opts.sheets.length ? new Date() : null,
      criteria: { create: DEFAULT_RUBRIC.map((c, i) => ({ sortOrder: i, name: c.name, description: c.description ?? null, maxPoints: c.maxPoints, weight: c.weight })) },
    },
    include: { criteria: { orderBy: { sortOrder: "asc" } } },
  });
  const evaluators = [];
  for (const e of opts.evaluators) {
    evaluators.push(
      await db().appraisalEvaluator.create({
        data: { roundId: round.id, userId: e.user.id, active: e.active ?? true, removedAt: e.active === false ? new Date() : null },
      }),
    );
  }
  const items = [];
  for (const [i, ini] of opts.initiatives.entries()) {
    items.push(await db().appraisalItem.create({ data: { roundId: round.id, initiativeId: ini.id, sortOrder: i } }));
  }
  for (const s of opts.sheets) {
    const a = await db().appraisalAssignment.create({
      data: {
        roundId: round.id,
        itemId: items[s.item].id,
        evaluatorId: evaluators[s.evaluator].id,
        status: s.status,
        submittedAt: s.status === "SUBMITTED" ? new Date() : null,
      },
    });
    if (s.points) {
      await db().appraisalScore.createMany({
        data: s.points.map((p, ci) => ({ assignmentId: a.id, criterionId: round.criteria[ci].id, points: p, comment: s.comments?.[ci] ?? null })),
      });
    }
  }
  return { round, evaluators, items };
}

/**
 * The organisation of tests/helpers/factories.ts with three initiatives of office A and B, a
 * Steering Committee chair, a second manager (the CCHC office, not the chair), and three panel members
 * from the city level (one of them removed from the panel later).
 */
export async function makeResultsOrganisation(rows?: { unit: "A" | "B"; content: string; type?: InitiativeType; level?: RegistrationLevel }[]) {
  const org = await makeOrganisation();
  const chair = await makeUser({ unit: org.dept, roles: [{ role: "STEERING_COMMITTEE" }], username: "chair-t", fullName: "Phạm Minh Chủ" });
  const ev = [
    await makeUser({ unit: org.city, username: "ev1-t", fullName: "Nguyễn Thị Thẩm Một" }),
    await makeUser({ unit: org.city, username: "ev2-t", fullName: "Trần Văn Thẩm Hai" }),
    await makeUser({ unit: org.city, username: "ev3-t", fullName: "Lê Thị Thẩm Ba" }),
  ];
  const spec = rows ?? [
    { unit: "A" as const, content: "Một cửa điện tử liên thông cấp phép quy hoạch" },
    { unit: "A" as const, content: "Số hóa hồ sơ lưu trữ bản vẽ" },
    { unit: "B" as const, content: "Tra cứu thông tin quy hoạch trên điện thoại" },
  ];
  const regA = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: spec.filter((r) => r.unit === "A").map((r) => ({ field: 1, content: r.content, type: r.type ?? "SOLUTION", level: r.level ?? "DEPARTMENT" })),
  });
  const regB = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeB,
    status: "ACCEPTED",
    submittedBy: org.headB,
    rows: spec.filter((r) => r.unit === "B").map((r) => ({ field: 5, content: r.content, type: r.type ?? "MODEL", level: r.level ?? "DEPARTMENT" })),
  });
  const all = await db().initiative.findMany({ where: { registrationId: { in: [regA.registration.id, regB.registration.id] } }, orderBy: [{ unitId: "asc" }, { sortOrder: "asc" }] });
  const initiatives = spec.map((r) => all.find((x) => x.content === r.content)!);
  return { ...org, chair, ev, initiatives };
}
