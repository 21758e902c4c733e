"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
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

/** The session's own pages and the members' list of sessions, the campaign's council and award pages. */
const SESSION: Section[] = ["council", "campaigns"];

export async function createSessionAction(input: unknown): Promise<ActionResult<{ sessionId: string; lockVersion: number }>> {
  return runAction({
    input,
    schema: createSessionSchema,
    handler: (actor, data) => createSession(actor, data),
    revalidate: SESSION,
    message: "Đã tạo phiên họp. Hãy kiểm tra thành phần và đưa hồ sơ vào chương trình.",
  });
}

export async function updateSessionDetailsAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  return runAction({
    input,
    schema: updateSessionDetailsSchema,
    handler: (actor, data) => updateSessionDetails(actor, data),
    revalidate: SESSION,
    message: "Đã lưu thông tin phiên họp.",
  });
}

export async function updateSessionMembersAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  return runAction({
    input,
    schema: updateSessionMembersSchema,
    handler: (actor, data) => updateSessionMembers(actor, data),
    revalidate: SESSION,
    message: "Đã lưu thành phần phiên họp.",
  });
}

export async function addAgendaItemsAction(input: unknown): Promise<ActionResult<{ lockVersion: number; added: number }>> {
  return runAction({
    input,
    schema: addAgendaItemsSchema,
    handler: (actor, data) => addAgendaItems(actor, data),
    revalidate: SESSION,
    message: (data) => `Đã đưa ${data.added} hồ sơ vào chương trình phiên họp.`,
  });
}

export async function removeAgendaItemAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  return runAction({
    input,
    schema: removeAgendaItemSchema,
    handler: (actor, data) => removeAgendaItem(actor, data),
    revalidate: SESSION,
    message: "Đã rút hồ sơ khỏi chương trình phiên họp.",
  });
}

export async function moveAgendaItemAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  return runAction({
    input,
    schema: moveAgendaItemSchema,
    handler: (actor, data) => moveAgendaItem(actor, data),
    revalidate: SESSION,
    message: "Đã đổi thứ tự.",
  });
}

export async function openVotingAction(input: unknown): Promise<ActionResult<{ lockVersion: number; status: "VOTING" }>> {
  return runAction({
    input,
    schema: sessionRefSchema,
    handler: (actor, data) => openVoting(actor, data),
    revalidate: SESSION,
    message: "Đã mở biểu quyết. Các thành viên được triệu tập đã nhận được thông báo.",
  });
}

export async function deleteSessionAction(input: unknown): Promise<ActionResult<{ campaignId: string }>> {
  return runAction({
    input,
    schema: sessionRefSchema,
    handler: (actor, data) => deleteSession(actor, data),
    revalidate: SESSION,
    message: "Đã xoá phiên họp.",
  });
}
