"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { addCouncilMember, changeCouncilMemberPosition, moveCouncilMember, setCouncilMemberActive } from "./mutations";
import { addCouncilMemberSchema, changePositionSchema, moveSchema, setActiveSchema } from "./schemas";

function revalidateCouncil() {
  revalidatePath("/awards");
  revalidatePath("/awards/council");
}

export async function addCouncilMemberAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(addCouncilMemberSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const created = await addCouncilMember(actor, parsed.data);
    revalidateCouncil();
    return { ok: true, data: created, message: "Đã thêm thành viên Hội đồng." };
  } catch (err) {
    return failure(err);
  }
}

export async function changeCouncilMemberPositionAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(changePositionSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await changeCouncilMemberPosition(actor, parsed.data.id, parsed.data.position);
    revalidateCouncil();
    return { ok: true, data: undefined, message: "Đã đổi chức danh." };
  } catch (err) {
    return failure(err);
  }
}

export async function setCouncilMemberActiveAction(input: unknown): Promise<ActionResult<{ roleRevoked: boolean }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(setActiveSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await setCouncilMemberActive(actor, parsed.data.id, parsed.data.active);
    revalidateCouncil();
    return {
      ok: true,
      data: res,
      message: parsed.data.active
        ? "Đã bổ sung lại thành viên vào Hội đồng."
        : res.roleRevoked
          ? "Đã cho thôi là thành viên Hội đồng và thu hồi vai trò Thành viên Hội đồng TĐKT."
          : "Đã cho thôi là thành viên Hội đồng. Người này vẫn giữ vai trò vì đang được triệu tập vào phiên họp chưa kết thúc.",
    };
  } catch (err) {
    return failure(err);
  }
}

export async function moveCouncilMemberAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(moveSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await moveCouncilMember(actor, parsed.data.id, parsed.data.direction);
    revalidateCouncil();
    return { ok: true, data: undefined };
  } catch (err) {
    return failure(err);
  }
}
