import "server-only";
import { conflictError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { BALLOT_MODE_LABELS, SESSION_STATUS_LABELS } from "@/lib/awards/labels";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CouncilSessionStatus } from "@/lib/generated/prisma/enums";
import { queueEmail } from "@/lib/mail/queue";
import { renderEmail } from "@/lib/mail/templates";
import { createNotification } from "@/lib/notifications/create";
import { formatDateTimeVN } from "@/lib/time/vn";
import {
  openVotingProblems,
  vnDateTimeToInstant,
  type AddAgendaItemsInput,
  type CreateSessionInput,
  type MoveAgendaItemInput,
  type RemoveAgendaItemInput,
  type SessionRefInput,
  type UpdateSessionDetailsInput,
  type UpdateSessionMembersInput,
} from "./schemas";

type Actor = Pick<SessionUser, "id" | "roles">;

const ONLY_DRAFT = "Chỉ thay đổi được thành phần và chương trình khi phiên họp đang chuẩn bị (chưa mở biểu quyết).";

/**
 * The session with its organisation read from the record; manage:council there, else "not found".
 * lockVersion must match what the form showed.
 */
async function loadSession(actor: Actor, sessionId: string, lockVersion: number) {
  const db = await getDb();
  const s = await db.councilSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      meetingAt: true,
      location: true,
      agenda: true,
      ballotMode: true,
      status: true,
      chairUserId: true,
      secretaryUserId: true,
      lockVersion: true,
      campaignId: true,
      organisationUnitId: true,
      organisationUnit: { select: { id: true, path: true, name: true } },
      campaign: { select: { documentNumber: true } },
    },
  });
  if (!s || !can(actor.roles, "manage:council", s.organisationUnit)) throw notFoundError();
  if (s.lockVersion !== lockVersion) throw conflictError();
  return s;
}

type LoadedSession = Awaited<ReturnType<typeof loadSession>>;

function requireStatus(s: LoadedSession, allowed: readonly CouncilSessionStatus[], message = ONLY_DRAFT) {
  if (!allowed.includes(s.status)) throw ruleError(`${message} Phiên họp này đang ở trạng thái “${SESSION_STATUS_LABELS[s.status]}”.`);
}

/** Bumps the session's lockVersion inside the transaction; another save in between → conflict. */
async function bump(tx: Tx, s: LoadedSession, data: Omit<Prisma.CouncilSessionUncheckedUpdateManyInput, "lockVersion"> = {}) {
  const updated = await tx.councilSession.updateMany({
    where: { id: s.id, lockVersion: s.lockVersion, status: s.status },
    data: { ...data, lockVersion: { increment: 1 } },
  });
  if (updated.count === 0) throw conflictError();
  return s.lockVersion + 1;
}

/** The organisation's active council members (active accounts), in the list's order. */
async function activeCouncil(tx: Tx, organisationUnitId: string) {
  return tx.councilMember.findMany({
    where: { organisationUnitId, active: true, user: { active: true } },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { userId: true, position: true, user: { select: { fullName: true } } },
  });
}

/**
 * The standing office creates a session for a campaign (DRAFT). Its organisation is the campaign's
 * issuing unit; by default every active council member is convened, the council's chair chairs and
 * its secretary takes the minutes.
 */
export async function createSession(actor: Actor, input: CreateSessionInput) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: input.campaignId },
    select: { id: true, documentNumber: true, issuingUnit: { select: { id: true, path: true, name: true } } },
  });
  if (!campaign || !can(actor.roles, "manage:council", campaign.issuingUnit)) throw notFoundError();
  const meetingAt = vnDateTimeToInstant(input.meetingDate, input.meetingTime)!;
  return inTransaction(async (tx) => {
    const council = await activeCouncil(tx, campaign.issuingUnit.id);
    if (council.length === 0) {
      throw ruleError(`Hội đồng Thi đua - Khen thưởng của ${campaign.issuingUnit.name} chưa có thành viên. Hãy cập nhật danh sách thành viên Hội đồng trước khi tạo phiên họp.`);
    }
    const chair = council.find((m) => m.position === "CHAIR") ?? council[0];
    const secretary = council.find((m) => m.position === "SECRETARY") ?? null;
    const session = await tx.councilSession.create({
      data: {
        organisationUnitId: campaign.issuingUnit.id,
        campaignId: campaign.id,
        title: input.title,
        meetingAt,
        location: input.location,
        ballotMode: input.ballotMode,
        chairUserId: chair.userId,
        secretaryUserId: secretary?.userId ?? null,
        createdById: actor.id,
        members: { create: council.map((m) => ({ userId: m.userId, position: m.position })) },
      },
      select: { id: true, lockVersion: true },
    });
    await writeAudit(tx, actor.id, {
      action: "council-session.create",
      entityType: "CouncilSession",
      entityId: session.id,
      unitId: campaign.issuingUnit.id,
      campaignId: campaign.id,
      after: {
        title: input.title,
        meetingAt: meetingAt.toISOString(),
        location: input.location,
        ballotMode: input.ballotMode,
        chairUserId: chair.userId,
        secretaryUserId: secretary?.userId ?? null,
        memberUserIds: council.map((m) => m.userId),
      },
      summary: `Tạo phiên họp Hội đồng Thi đua - Khen thưởng “${input.title}” (${formatDateTimeVN(meetingAt)}, ${BALLOT_MODE_LABELS[input.ballotMode].toLowerCase()}), triệu tập ${council.length} thành viên`,
    });
    return { sessionId: session.id, lockVersion: session.lockVersion };
  });
}

/** Title, meeting time, place and agenda text: while DRAFT or VOTING. The ballot mode only while DRAFT. */
export async function updateSessionDetails(actor: Actor, input: UpdateSessionDetailsInput) {
  const s = await loadSession(actor, input.sessionId, input.lockVersion);
  requireStatus(s, ["DRAFT", "VOTING"], "Phiên họp đã kết thúc biểu quyết: không sửa được thông tin.");
  if (input.ballotMode !== s.ballotMode && s.status !== "DRAFT") {
    const msg = "Không đổi được hình thức biểu quyết sau khi đã mở biểu quyết.";
    throw ruleError(msg, { ballotMode: msg });
  }
  const meetingAt = vnDateTimeToInstant(input.meetingDate, input.meetingTime)!;
  const after = { title: input.title, meetingAt: meetingAt.toISOString(), location: input.location, agenda: input.agenda, ballotMode: input.ballotMode };
  return inTransaction(async (tx) => {
    const lockVersion = await bump(tx, s, {
      title: input.title,
      meetingAt,
      location: input.location,
      agenda: input.agenda,
      ballotMode: input.ballotMode,
    });
    await writeAudit(tx, actor.id, {
      action: "council-session.update",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: s.organisationUnitId,
      campaignId: s.campaignId,
      before: { title: s.title, meetingAt: s.meetingAt.toISOString(), location: s.location, agenda: s.agenda, ballotMode: s.ballotMode, lockVersion: s.lockVersion },
      after: { ...after, lockVersion },
      summary: `Cập nhật thông tin phiên họp “${input.title}” (${formatDateTimeVN(meetingAt)})`,
    });
    return { lockVersion };
  });
}

/** Convened members, chair and secretary: only while DRAFT; members come from the organisation's council list. */
export async function updateSessionMembers(actor: Actor, input: UpdateSessionMembersInput) {
  const s = await loadSession(actor, input.sessionId, input.lockVersion);
  requireStatus(s, ["DRAFT"]);
  const wanted = [...new Set(input.memberUserIds)];
  return inTransaction(async (tx) => {
    const council = await activeCouncil(tx, s.organisationUnitId);
    const byUser = new Map(council.map((m) => [m.userId, m]));
    const current = await tx.councilSessionMember.findMany({ where: { sessionId: s.id }, select: { userId: true } });
    const currentIds = new Set(current.map((m) => m.userId));
    // Someone already convened who has left the council since may stay; nobody else outside the list may be added.
    const outsiders = wanted.filter((id) => !byUser.has(id) && !currentIds.has(id));
    if (outsiders.length) {
      const msg = "Chỉ triệu tập được thành viên trong danh sách Hội đồng Thi đua - Khen thưởng của đơn vị.";
      throw ruleError(msg, { memberUserIds: msg });
    }
    const lockVersion = await bump(tx, s, { chairUserId: input.chairUserId, secretaryUserId: input.secretaryUserId });
    const removed = [...currentIds].filter((id) => !wanted.includes(id));
    const added = wanted.filter((id) => !currentIds.has(id));
    if (removed.length) await tx.councilSessionMember.deleteMany({ where: { sessionId: s.id, userId: { in: removed } } });
    if (added.length) {
      await tx.councilSessionMember.createMany({ data: added.map((userId) => ({ sessionId: s.id, userId, position: byUser.get(userId)!.position })) });
    }
    await writeAudit(tx, actor.id, {
      action: "council-session.members",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: s.organisationUnitId,
      campaignId: s.campaignId,
      before: { memberUserIds: [...currentIds], chairUserId: s.chairUserId, secretaryUserId: s.secretaryUserId, lockVersion: s.lockVersion },
      after: { memberUserIds: wanted, chairUserId: input.chairUserId, secretaryUserId: input.secretaryUserId, lockVersion },
      summary: `Cập nhật thành phần phiên họp “${s.title}”: ${wanted.length} thành viên được triệu tập${added.length ? `, thêm ${added.length}` : ""}${removed.length ? `, bớt ${removed.length}` : ""}`,
    });
    return { lockVersion };
  });
}

/**
 * Puts admitted proposals of the session's campaign on its agenda (status → SCHEDULED), after the
 * items already there. Anything else (another campaign's proposal, not admitted, already scheduled)
 * refuses the whole request.
 */
export async function addAgendaItems(actor: Actor, input: AddAgendaItemsInput) {
  const s = await loadSession(actor, input.sessionId, input.lockVersion);
  requireStatus(s, ["DRAFT"]);
  const ids = [...new Set(input.proposalIds)];
  return inTransaction(async (tx) => {
    const proposals = await tx.awardProposal.findMany({
      where: { id: { in: ids } },
      select: { id: true, campaignId: true, status: true, nomineeName: true, unitId: true, lockVersion: true, awardForm: { select: { name: true } } },
    });
    const byId = new Map(proposals.map((p) => [p.id, p]));
    const foreign = ids.filter((id) => byId.get(id)?.campaignId !== s.campaignId);
    if (foreign.length) {
      const msg = "Chỉ đưa vào chương trình được hồ sơ đề nghị khen thưởng của kế hoạch này.";
      throw ruleError(msg, { proposalIds: msg });
    }
    const notAdmitted = proposals.filter((p) => p.status !== "ADMITTED");
    if (notAdmitted.length) {
      const msg = `Chỉ đưa vào chương trình được hồ sơ đã được Thường trực tiếp nhận và chưa có trong phiên họp nào: ${notAdmitted.map((p) => p.nomineeName).join(", ")}.`;
      throw ruleError(msg, { proposalIds: msg });
    }
    const lockVersion = await bump(tx, s);
    const updated = await tx.awardProposal.updateMany({
      where: { id: { in: ids }, campaignId: s.campaignId, status: "ADMITTED" },
      data: { status: "SCHEDULED", updatedById: actor.id, lockVersion: { increment: 1 } },
    });
    if (updated.count !== ids.length) throw conflictError();
    const last = await tx.councilAgendaItem.aggregate({ where: { sessionId: s.id }, _max: { sortOrder: true } });
    const start = (last._max.sortOrder ?? 0) + 1;
    await tx.councilAgendaItem.createMany({ data: ids.map((proposalId, i) => ({ sessionId: s.id, proposalId, sortOrder: start + i })) });
    for (const id of ids) {
      const p = byId.get(id)!;
      await writeAudit(tx, actor.id, {
        action: "award-proposal.schedule",
        entityType: "AwardProposal",
        entityId: p.id,
        unitId: p.unitId,
        campaignId: s.campaignId,
        before: { status: "ADMITTED", lockVersion: p.lockVersion },
        after: { status: "SCHEDULED", sessionId: s.id, lockVersion: p.lockVersion + 1 },
        summary: `Đưa hồ sơ “${p.awardForm.name}” của ${p.nomineeName} vào phiên họp “${s.title}”`,
      });
    }
    await writeAudit(tx, actor.id, {
      action: "council-session.add-items",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: s.organisationUnitId,
      campaignId: s.campaignId,
      after: { proposalIds: ids, lockVersion },
      summary: `Đưa ${ids.length} hồ sơ vào chương trình phiên họp “${s.title}”`,
    });
    return { lockVersion, added: ids.length };
  });
}

/** Takes a proposal off the agenda (back to ADMITTED: it can go on another session). */
export async function removeAgendaItem(actor: Actor, input: RemoveAgendaItemInput) {
  const s = await loadSession(actor, input.sessionId, input.lockVersion);
  requireStatus(s, ["DRAFT"]);
  return inTransaction(async (tx) => {
    const item = await tx.councilAgendaItem.findUnique({
      where: { id: input.itemId },
      select: { id: true, sessionId: true, proposal: { select: { id: true, nomineeName: true, unitId: true, lockVersion: true, status: true } } },
    });
    if (!item || item.sessionId !== s.id) throw notFoundError();
    const lockVersion = await bump(tx, s);
    await tx.councilAgendaItem.delete({ where: { id: item.id } });
    await tx.awardProposal.updateMany({
      where: { id: item.proposal.id, status: "SCHEDULED" },
      data: { status: "ADMITTED", updatedById: actor.id, lockVersion: { increment: 1 } },
    });
    await writeAudit(tx, actor.id, {
      action: "award-proposal.unschedule",
      entityType: "AwardProposal",
      entityId: item.proposal.id,
      unitId: item.proposal.unitId,
      campaignId: s.campaignId,
      before: { status: item.proposal.status, sessionId: s.id, lockVersion: item.proposal.lockVersion },
      after: { status: "ADMITTED", lockVersion: item.proposal.lockVersion + 1 },
      summary: `Rút hồ sơ của ${item.proposal.nomineeName} khỏi chương trình phiên họp “${s.title}”`,
    });
    return { lockVersion };
  });
}

/** Moves an agenda item one place up or down (the items are renumbered 1, 2, 3… in their order). */
export async function moveAgendaItem(actor: Actor, input: MoveAgendaItemInput) {
  const s = await loadSession(actor, input.sessionId, input.lockVersion);
  requireStatus(s, ["DRAFT"]);
  return inTransaction(async (tx) => {
    const items = await tx.councilAgendaItem.findMany({
      where: { sessionId: s.id },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, sortOrder: true, proposal: { select: { nomineeName: true } } },
    });
    const from = items.findIndex((i) => i.id === input.itemId);
    if (from < 0) throw notFoundError();
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= items.length) return { lockVersion: s.lockVersion };
    const lockVersion = await bump(tx, s);
    const order = [...items];
    [order[from], order[to]] = [order[to], order[from]];
    for (let i = 0; i < order.length; i++) {
      if (order[i].sortOrder !== i + 1) await tx.councilAgendaItem.update({ where: { id: order[i].id }, data: { sortOrder: i + 1 } });
    }
    await writeAudit(tx, actor.id, {
      action: "council-session.reorder",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: s.organisationUnitId,
      campaignId: s.campaignId,
      after: { itemId: input.itemId, from: from + 1, to: to + 1, lockVersion },
      summary: `Chuyển hồ sơ của ${items[from].proposal.nomineeName} từ vị trí ${from + 1} sang ${to + 1} trong chương trình phiên họp “${s.title}”`,
    });
    return { lockVersion };
  });
}

/**
 * DRAFT → VOTING. Needs at least one agenda item, one convened member and the chair among them.
 * Each convened member is told (bell, and an e-mail now or in the daily digest) with a link to the
 * session, in the same transaction.
 */
export async function openVoting(actor: Actor, input: SessionRefInput) {
  const s = await loadSession(actor, input.sessionId, input.lockVersion);
  requireStatus(s, ["DRAFT"], "Chỉ mở biểu quyết được cho phiên họp đang chuẩn bị.");
  const openedAt = new Date();
  return inTransaction(async (tx) => {
    const [itemCount, members] = await Promise.all([
      tx.councilAgendaItem.count({ where: { sessionId: s.id } }),
      tx.councilSessionMember.findMany({
        where: { sessionId: s.id },
        select: { userId: true, user: { select: { id: true, active: true, email: true, fullName: true, digestMode: true } } },
        orderBy: { userId: "asc" },
      }),
    ]);
    const problems = openVotingProblems({ itemCount, memberCount: members.length, chairConvened: members.some((m) => m.userId === s.chairUserId) });
    if (problems.length) throw ruleError(`Chưa mở được biểu quyết: ${problems.join(" ")}`);
    const lockVersion = await bump(tx, s, { status: "VOTING", votingOpenedAt: openedAt });
    await writeAudit(tx, actor.id, {
      action: "council-session.open-voting",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: s.organisationUnitId,
      campaignId: s.campaignId,
      before: { status: s.status, lockVersion: s.lockVersion },
      after: { status: "VOTING", votingOpenedAt: openedAt.toISOString(), ballotMode: s.ballotMode, items: itemCount, members: members.length, lockVersion },
      summary: `Mở biểu quyết phiên họp “${s.title}” (${BALLOT_MODE_LABELS[s.ballotMode].toLowerCase()}, ${itemCount} hồ sơ, ${members.length} thành viên được triệu tập)`,
    });
    const link = `/council/sessions/${s.id}`;
    const title = `Mời biểu quyết: ${s.title}`;
    const lines = [
      `Phiên họp Hội đồng Thi đua - Khen thưởng ${s.organisationUnit.name} (kế hoạch ${s.campaign.documentNumber}) đã mở biểu quyết.`,
      `Thời gian họp: ${formatDateTimeVN(s.meetingAt)}${s.location ? ` tại ${s.location}` : ""}.`,
      `Hình thức: ${BALLOT_MODE_LABELS[s.ballotMode].toLowerCase()}; ${itemCount} hồ sơ đề nghị khen thưởng.`,
      "Mở phiên họp trên cổng để xem hồ sơ, điểm danh và biểu quyết từng hồ sơ.",
    ];
    for (const m of members) {
      if (!m.user.active) continue;
      await createNotification(tx, { userId: m.user.id, title, body: lines.join("\n"), link, campaignId: s.campaignId, digestMode: m.user.digestMode });
      if (m.user.email && m.user.digestMode === "IMMEDIATE") {
        const mail = renderEmail({ greetingName: m.user.fullName, title, lines, actionText: "Mở phiên họp", actionUrl: link });
        await queueEmail(tx, { to: m.user.email, toUserId: m.user.id, subject: mail.subject, text: mail.text, html: mail.html });
      }
    }
    return { lockVersion, status: "VOTING" as const };
  });
}

/** Deletes a session still being prepared; its proposals go back to ADMITTED. */
export async function deleteSession(actor: Actor, input: SessionRefInput) {
  const s = await loadSession(actor, input.sessionId, input.lockVersion);
  requireStatus(s, ["DRAFT"], "Chỉ xoá được phiên họp đang chuẩn bị (chưa mở biểu quyết).");
  return inTransaction(async (tx) => {
    const items = await tx.councilAgendaItem.findMany({ where: { sessionId: s.id }, select: { proposalId: true } });
    const gone = await tx.councilSession.deleteMany({ where: { id: s.id, lockVersion: s.lockVersion, status: "DRAFT" } });
    if (gone.count === 0) throw conflictError();
    if (items.length) {
      await tx.awardProposal.updateMany({
        where: { id: { in: items.map((i) => i.proposalId) }, status: "SCHEDULED" },
        data: { status: "ADMITTED", updatedById: actor.id, lockVersion: { increment: 1 } },
      });
    }
    await writeAudit(tx, actor.id, {
      action: "council-session.delete",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: s.organisationUnitId,
      campaignId: s.campaignId,
      before: { title: s.title, meetingAt: s.meetingAt.toISOString(), proposalIds: items.map((i) => i.proposalId), lockVersion: s.lockVersion },
      summary: `Xoá phiên họp “${s.title}” đang chuẩn bị; ${items.length} hồ sơ trở lại danh sách chờ đưa vào phiên họp`,
    });
    return { campaignId: s.campaignId };
  });
}
