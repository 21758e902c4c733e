"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import {
  addAgendaItems,
  createSession,
  deleteSession,
  moveAgendaItem,
  openVoting,
  removeAgendaItem,
  updateSessionDetails,
  updateSessionMembers,
} from "./mutations";
import {
  addAgendaItemsSchema,
  createSessionSchema,
  moveAgendaItemSchema,
  removeAgendaItemSchema,
  sessionRefSchema,
  updateSessionDetailsSchema,
  updateSessionMembersSchema,
} from "./schemas";

function revalidateSession(sessionId: string) {
  revalidatePath(`/council/sessions/${sessionId}`, "layout");
  revalidatePath("/council");
  revalidatePath("/campaigns/[id]/council", "page");
  revalidatePath("/campaigns/[id]/awards", "layout");
}

export async function createSessionAction(input: unknown): Promise<ActionResult<{ sessionId: string; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(createSessionSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await createSession(actor, parsed.data);
    revalidatePath(`/campaigns/${parsed.data.campaignId}/council`);
    return { ok: true, data, message: "Đã tạo phiên họp. Hãy kiểm tra thành phần và đưa hồ sơ vào chương trình." };
  } catch (err) {
    return failure(err);
  }
}

export async function updateSessionDetailsAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(updateSessionDetailsSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await updateSessionDetails(actor, parsed.data);
    revalidateSession(parsed.data.sessionId);
    return { ok: true, data, message: "Đã lưu thông tin phiên họp." };
  } catch (err) {
    return failure(err);
  }
}

export async function updateSessionMembersAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(updateSessionMembersSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await updateSessionMembers(actor, parsed.data);
    revalidateSession(parsed.data.sessionId);
    return { ok: true, data, message: "Đã lưu thành phần phiên họp." };
  } catch (err) {
    return failure(err);
  }
}

export async function addAgendaItemsAction(input: unknown): Promise<ActionResult<{ lockVersion: number; added: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(addAgendaItemsSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await addAgendaItems(actor, parsed.data);
    revalidateSession(parsed.data.sessionId);
    return { ok: true, data, message: `Đã đưa ${data.added} hồ sơ vào chương trình phiên họp.` };
  } catch (err) {
    return failure(err);
  }
}

export async function removeAgendaItemAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(removeAgendaItemSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await removeAgendaItem(actor, parsed.data);
    revalidateSession(parsed.data.sessionId);
    return { ok: true, data, message: "Đã rút hồ sơ khỏi chương trình phiên họp." };
  } catch (err) {
    return failure(err);
  }
}

export async function moveAgendaItemAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(moveAgendaItemSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await moveAgendaItem(actor, parsed.data);
    revalidateSession(parsed.data.sessionId);
    return { ok: true, data, message: "Đã đổi thứ tự." };
  } catch (err) {
    return failure(err);
  }
}

export async function openVotingAction(input: unknown): Promise<ActionResult<{ lockVersion: number; status: "VOTING" }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(sessionRefSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await openVoting(actor, parsed.data);
    revalidateSession(parsed.data.sessionId);
    return { ok: true, data, message: "Đã mở biểu quyết. Các thành viên được triệu tập đã nhận được thông báo." };
  } catch (err) {
    return failure(err);
  }
}

export async function deleteSessionAction(input: unknown): Promise<ActionResult<{ campaignId: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(sessionRefSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await deleteSession(actor, parsed.data);
    revalidateSession(parsed.data.sessionId);
    revalidatePath(`/campaigns/${data.campaignId}/council`);
    return { ok: true, data, message: "Đã xoá phiên họp." };
  } catch (err) {
    return failure(err);
  }
}
