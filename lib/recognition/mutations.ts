import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import type { RegistrationLevel } from "@/lib/generated/prisma/enums";
import { inTransaction } from "@/lib/db/transaction";
import { syncRecognisedModels } from "@/lib/library/sync";
import { formatCalendarDate, formatDateVN, inputToCalendarDate, vnDayOf } from "@/lib/time/vn";
import { hasRecognisingVerdict, levelAuthorityError, originIdOf, recogniseForbiddenMessage, RECOGNITION_LEVEL_LABELS, recognitionLevelOf } from "./rules";
import type { RecordRecognitionInput, UpdateRecognitionInput } from "./schemas";

const SURVEY_PROPOSES: Prisma.SurveyProposalWhereInput = { kind: { in: ["RECOGNISE", "REPLICATE"] }, round: { status: "CLOSED" } };

export const FUTURE_DATE_MESSAGE = "Ngày ký không được sau ngày hôm nay.";

const duplicateNumberMessage = (number: string, orgName: string, existing: { signedOn: Date; campaign: { documentNumber: string } } | null) =>
  `Số ${number} đã được dùng cho ${existing ? `Quyết định công nhận số ${number} ngày ${formatCalendarDate(existing.signedOn)} (kế hoạch ${existing.campaign.documentNumber})` : "một quyết định công nhận khác"} của ${orgName}. Kiểm tra lại số, ký hiệu.`;

const shortContent = (s: string) => (s.length > 80 ? `${s.slice(0, 80).replace(/\s+\S*$/, "")}…` : s);

/**
 * The campaign with the recorder's authority: the issuing unit must recognise at `level` (a Sở cấp Sở,
 * the City cấp Thành phố) and the recorder must lead it (recognise:initiative, own scope). A user who
 * cannot read the campaign gets "not found".
 */
async function loadAuthority(actor: SessionUser, campaignId: string, level: RegistrationLevel | null) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, documentNumber: true, year: true, issuingUnit: { select: { id: true, path: true, name: true, kind: true } } },
  });
  if (!campaign || !can(actor.roles, "read:registration", campaign.issuingUnit)) throw notFoundError();
  const org = campaign.issuingUnit;
  const effective = level ?? recognitionLevelOf(org.kind);
  const authority = levelAuthorityError(org.kind, org.name, effective ?? "DEPARTMENT");
  if (authority) throw new DomainError("FORBIDDEN", authority, { level: authority });
  if (!can(actor.roles, "recognise:initiative", org)) throw new DomainError("FORBIDDEN", recogniseForbiddenMessage(org.name));
  return { db, campaign, org, level: effective! };
}

/** Checks the initiatives may be recognised by this campaign's decision at `level`; returns them in order. */
async function checkInitiatives(client: Tx | Awaited<ReturnType<typeof getDb>>, campaignId: string, level: RegistrationLevel, ids: readonly string[], ignoreDecisionId?: string) {
  const rows = await client.initiative.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      campaignId: true,
      unitId: true,
      content: true,
      originInitiativeId: true,
      sortOrder: true,
      appraisalItems: { select: { id: true, verdict: true, round: { select: { campaignId: true, status: true } } } },
      // Issue 13: a closed survey round's proposal to recognise (on the initiative or its origin).
      surveyProposals: { where: SURVEY_PROPOSES, select: { id: true }, take: 1 },
      originInitiative: { select: { surveyProposals: { where: SURVEY_PROPOSES, select: { id: true }, take: 1 } } },
    },
  });
  const refuse = (msg: string) => ruleError(msg, { initiativeIds: msg });
  if (rows.length !== ids.length || rows.some((r) => r.campaignId !== campaignId)) {
    throw refuse("Một số nội dung không thuộc kế hoạch này hoặc không còn tồn tại. Hãy tải lại trang.");
  }
  for (const r of rows) {
    const surveyProposed = r.surveyProposals.length > 0 || (r.originInitiative?.surveyProposals.length ?? 0) > 0;
    if (!hasRecognisingVerdict(r.appraisalItems, campaignId) && !surveyProposed) {
      throw refuse(`“${shortContent(r.content)}” chưa được Ban Chỉ đạo thẩm định hoặc Đoàn khảo sát đề nghị công nhận: không công nhận được.`);
    }
  }
  const taken = await client.recognitionItem.findMany({
    where: { level, originInitiativeId: { in: rows.map(originIdOf) }, ...(ignoreDecisionId ? { decisionId: { not: ignoreDecisionId } } : {}) },
    select: { originInitiativeId: true, decision: { select: { number: true, signedOn: true } } },
  });
  for (const t of taken) {
    const r = rows.find((x) => originIdOf(x) === t.originInitiativeId)!;
    throw refuse(`“${shortContent(r.content)}” đã được công nhận ${RECOGNITION_LEVEL_LABELS[level]} tại Quyết định số ${t.decision.number} ngày ${formatCalendarDate(t.decision.signedOn)}.`);
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((r) => ({
      ...r,
      appraisalItemId: r.appraisalItems.find((a) => a.verdict === "RECOGNISE" && a.round.campaignId === campaignId && a.round.status !== "DRAFT")?.id ?? null,
    }));
}

async function writeItems(tx: Tx, actor: SessionUser, decision: { id: string; number: string; signedOn: Date; campaignId: string; level: RegistrationLevel }, rows: Awaited<ReturnType<typeof checkInitiatives>>, from: number) {
  for (const [i, r] of rows.entries()) {
    await tx.recognitionItem.create({
      data: { decisionId: decision.id, initiativeId: r.id, originInitiativeId: originIdOf(r), level: decision.level, appraisalItemId: r.appraisalItemId, sortOrder: from + i },
    });
    await writeAudit(tx, actor.id, {
      action: "initiative.recognise",
      entityType: "RecognitionDecision",
      entityId: decision.id,
      unitId: r.unitId,
      campaignId: decision.campaignId,
      subject: { type: "Initiative", id: r.id },
      after: { level: decision.level, decisionId: decision.id, number: decision.number },
      summary: `Công nhận ${RECOGNITION_LEVEL_LABELS[decision.level]} “${shortContent(r.content)}” theo Quyết định số ${decision.number} ngày ${formatCalendarDate(decision.signedOn)}`,
    });
  }
  // Issue 13: the library of recognised models follows the recognitions, in the same transaction.
  await syncRecognisedModels(tx, rows.map(originIdOf));
}

/**
 * "Ghi nhận quyết định công nhận": the leadership of the campaign's issuing unit records the decision at
 * its own level, naming initiatives of the campaign the Steering Committee proposed (verdict RECOGNISE)
 * that are not yet recognised at that level. One transaction: the decision, its items, an audit row per
 * initiative (in the initiative's history) and one for the decision.
 */
export async function recordRecognition(actor: SessionUser, input: RecordRecognitionInput, now: Date = new Date()) {
  const { db, campaign, org, level } = await loadAuthority(actor, input.campaignId, input.level);
  const number = input.number.replace(/\s+/g, "");
  if (input.signedOn > vnDayOf(now)) throw ruleError(FUTURE_DATE_MESSAGE, { signedOn: `${FUTURE_DATE_MESSAGE} (hôm nay: ${formatDateVN(now)}).` });

  const same = await db.recognitionDecision.findFirst({
    where: { issuingUnitId: org.id, number: { equals: number, mode: "insensitive" } },
    select: { signedOn: true, campaign: { select: { documentNumber: true } } },
  });
  if (same) {
    const msg = duplicateNumberMessage(number, org.name, same);
    throw ruleError(msg, { number: msg });
  }
  const rows = await checkInitiatives(db, campaign.id, level, input.initiativeIds);
  const signedOn = inputToCalendarDate(input.signedOn);

  return inTransaction(
    async (tx) => {
      const decision = await tx.recognitionDecision.create({
        data: {
          issuingUnitId: org.id,
          campaignId: campaign.id,
          level,
          number,
          signedOn,
          signerName: input.signerName,
          signerTitle: input.signerTitle,
          summary: input.summary,
          createdById: actor.id,
        },
        select: { id: true },
      });
      await writeItems(tx, actor, { id: decision.id, number, signedOn, campaignId: campaign.id, level }, rows, 0);
      await writeAudit(tx, actor.id, {
        action: "recognition-decision.create",
        entityType: "RecognitionDecision",
        entityId: decision.id,
        unitId: org.id,
        campaignId: campaign.id,
        after: { number, level, signedOn: input.signedOn, signerName: input.signerName, signerTitle: input.signerTitle, summary: input.summary, initiativeIds: rows.map((r) => r.id) },
        summary: `Ghi nhận Quyết định công nhận số ${number} ngày ${formatCalendarDate(signedOn)} (${RECOGNITION_LEVEL_LABELS[level]}): ${rows.length} nội dung`,
      });
      return { decisionId: decision.id, number, count: rows.length, level };
    },
    {
      onUniqueViolation: () => {
        const msg = duplicateNumberMessage(number, org.name, null);
        return ruleError(msg, { number: msg });
      },
    },
  );
}

/** A decision with the recorder's authority on its issuing unit (the unit's leadership). */
async function loadDecision(actor: SessionUser, decisionId: string) {
  const db = await getDb();
  const d = await db.recognitionDecision.findUnique({
    where: { id: decisionId },
    select: {
      id: true,
      number: true,
      signedOn: true,
      level: true,
      campaignId: true,
      issuingUnit: { select: { id: true, path: true, name: true, kind: true } },
      items: { select: { id: true, initiativeId: true, originInitiativeId: true, sortOrder: true, initiative: { select: { content: true, unitId: true } } } },
    },
  });
  if (!d || !can(actor.roles, "read:registration", d.issuingUnit)) throw notFoundError();
  if (!can(actor.roles, "recognise:initiative", d.issuingUnit)) throw new DomainError("FORBIDDEN", recogniseForbiddenMessage(d.issuingUnit.name));
  return { db, d };
}

/** Adds initiatives to a recorded decision (one forgotten when it was recorded). */
export async function addRecognitionItems(actor: SessionUser, input: { decisionId: string; initiativeIds: string[] }) {
  const { db, d } = await loadDecision(actor, input.decisionId);
  const already = input.initiativeIds.filter((id) => d.items.some((i) => i.initiativeId === id));
  if (already.length) throw ruleError("Nội dung đã có trong quyết định này.", { initiativeIds: "Nội dung đã có trong quyết định này." });
  const rows = await checkInitiatives(db, d.campaignId, d.level, input.initiativeIds);
  const from = d.items.reduce((m, i) => Math.max(m, i.sortOrder + 1), 0);
  return inTransaction(async (tx) => {
    await writeItems(tx, actor, d, rows, from);
    return { number: d.number, count: rows.length };
  });
}

/** Removes one initiative from a decision, with a reason, in the initiative's history. */
export async function removeRecognitionItem(actor: SessionUser, input: { decisionId: string; initiativeId: string; reason: string }) {
  const { d } = await loadDecision(actor, input.decisionId);
  const item = d.items.find((i) => i.initiativeId === input.initiativeId);
  if (!item) throw notFoundError();
  if (d.items.length === 1) {
    const msg = "Quyết định chỉ còn nội dung này: nếu quyết định được ghi nhận nhầm, hãy xoá quyết định.";
    throw ruleError(msg, { initiativeId: msg });
  }
  return inTransaction(async (tx) => {
    const res = await tx.recognitionItem.deleteMany({ where: { id: item.id } });
    if (res.count !== 1) throw notFoundError();
    await syncRecognisedModels(tx, [item.originInitiativeId]);
    await writeAudit(tx, actor.id, {
      action: "initiative.recognition-remove",
      entityType: "RecognitionDecision",
      entityId: d.id,
      unitId: item.initiative.unitId,
      campaignId: d.campaignId,
      subject: { type: "Initiative", id: input.initiativeId },
      before: { level: d.level, decisionId: d.id, number: d.number },
      after: { reason: input.reason },
      summary: `Bỏ “${shortContent(item.initiative.content)}” khỏi Quyết định công nhận số ${d.number}: ${input.reason}`,
    });
    return { number: d.number };
  });
}

/** Deletes a decision recorded by mistake, with a reason; each initiative's history keeps the event. */
export async function deleteRecognition(actor: SessionUser, input: { decisionId: string; reason: string }) {
  const { d } = await loadDecision(actor, input.decisionId);
  return inTransaction(async (tx) => {
    for (const item of d.items) {
      await writeAudit(tx, actor.id, {
        action: "initiative.recognition-remove",
        entityType: "RecognitionDecision",
        entityId: d.id,
        unitId: item.initiative.unitId,
        campaignId: d.campaignId,
        subject: { type: "Initiative", id: item.initiativeId },
        before: { level: d.level, decisionId: d.id, number: d.number },
        after: { reason: input.reason },
        summary: `Xoá Quyết định công nhận số ${d.number} (ghi nhận nhầm): “${shortContent(item.initiative.content)}” không còn được công nhận. Lý do: ${input.reason}`,
      });
    }
    // The items go first so that the library entries can move to another decision (or go) before the
    // decision they name is deleted.
    await tx.recognitionItem.deleteMany({ where: { decisionId: d.id } });
    await syncRecognisedModels(tx, d.items.map((i) => i.originInitiativeId));
    const res = await tx.recognitionDecision.deleteMany({ where: { id: d.id } });
    if (res.count !== 1) throw notFoundError();
    await writeAudit(tx, actor.id, {
      action: "recognition-decision.delete",
      entityType: "RecognitionDecision",
      entityId: d.id,
      unitId: d.issuingUnit.id,
      campaignId: d.campaignId,
      before: { number: d.number, level: d.level, signedOn: formatCalendarDate(d.signedOn), initiativeIds: d.items.map((i) => i.initiativeId) },
      after: { reason: input.reason },
      summary: `Xoá Quyết định công nhận số ${d.number} ngày ${formatCalendarDate(d.signedOn)} (ghi nhận nhầm): ${input.reason}`,
    });
    return { number: d.number };
  });
}

/** Corrects the recorded fields of a decision; the number stays unique for the issuing unit; audited with before and after. */
export async function updateRecognition(actor: SessionUser, input: UpdateRecognitionInput, now: Date = new Date()) {
  const { db, d } = await loadDecision(actor, input.decisionId);
  const number = input.number.replace(/\s+/g, "");
  if (input.signedOn > vnDayOf(now)) throw ruleError(FUTURE_DATE_MESSAGE, { signedOn: `${FUTURE_DATE_MESSAGE} (hôm nay: ${formatDateVN(now)}).` });
  const same = await db.recognitionDecision.findFirst({
    where: { issuingUnitId: d.issuingUnit.id, number: { equals: number, mode: "insensitive" }, id: { not: d.id } },
    select: { signedOn: true, campaign: { select: { documentNumber: true } } },
  });
  if (same) {
    const msg = duplicateNumberMessage(number, d.issuingUnit.name, same);
    throw ruleError(msg, { number: msg });
  }
  const before = await db.recognitionDecision.findUniqueOrThrow({
    where: { id: d.id },
    select: { number: true, signedOn: true, signerName: true, signerTitle: true, summary: true },
  });
  const signedOn = inputToCalendarDate(input.signedOn);
  return inTransaction(
    async (tx) => {
      await tx.recognitionDecision.update({
        where: { id: d.id },
        data: { number, signedOn, signerName: input.signerName, signerTitle: input.signerTitle, summary: input.summary },
      });
      await syncRecognisedModels(tx, d.items.map((i) => i.originInitiativeId));
      await writeAudit(tx, actor.id, {
        action: "recognition-decision.update",
        entityType: "RecognitionDecision",
        entityId: d.id,
        unitId: d.issuingUnit.id,
        campaignId: d.campaignId,
        before: { ...before, signedOn: formatCalendarDate(before.signedOn) },
        after: { number, signedOn: formatCalendarDate(signedOn), signerName: input.signerName, signerTitle: input.signerTitle, summary: input.summary },
        summary: `Sửa Quyết định công nhận số ${before.number}${before.number !== number ? ` thành số ${number}` : ""} ngày ${formatCalendarDate(signedOn)}`,
      });
      return { number };
    },
    {
      onUniqueViolation: () => {
        const msg = duplicateNumberMessage(number, d.issuingUnit.name, null);
        return ruleError(msg, { number: msg });
      },
    },
  );
}
