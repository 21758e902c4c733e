"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { addCouncilMember, changeCouncilMemberPosition, moveCouncilMember, setCouncilMemberActive } from "./mutations";
import { addCouncilMemberSchema, changePositionSchema, moveSchema, setActiveSchema } from "./schemas";

// The council's member list is an awards page (/awards/council).

export async function addCouncilMemberAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction({
    input,
    schema: addCouncilMemberSchema,
    handler: (actor, data) => addCouncilMember(actor, data),
    revalidate: ["awards"],
    message: "Đã thêm thành viên Hội đồng.",
  });
}

export async function changeCouncilMemberPositionAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: changePositionSchema,
    handler: async (actor, data) => {
      await changeCouncilMemberPosition(actor, data.id, data.position);
    },
    revalidate: ["awards"],
    message: "Đã đổi chức danh.",
  });
}

export async function setCouncilMemberActiveAction(input: unknown): Promise<ActionResult<{ roleRevoked: boolean }>> {
  return runAction({
    input,
    schema: setActiveSchema,
    handler: (actor, data) => setCouncilMemberActive(actor, data.id, data.active),
    revalidate: ["awards"],
    message: (res, data) =>
      data.active
        ? "Đã bổ sung lại thành viên vào Hội đồng."
        : res.roleRevoked
          ? "Đã cho thôi là thành viên Hội đồng và thu hồi vai trò Thành viên Hội đồng TĐKT."
          : "Đã cho thôi là thành viên Hội đồng. Người này vẫn giữ vai trò vì đang được triệu tập vào phiên họp chưa kết thúc.",
  });
}

export async function moveCouncilMemberAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: moveSchema,
    handler: async (actor, data) => {
      await moveCouncilMember(actor, data.id, data.direction);
    },
    revalidate: ["awards"],
  });
}
