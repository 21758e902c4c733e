"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import {
  confirmIndividualRegistration,
  requestIndividualConfirmation,
  returnIndividualToOwner,
  saveIndividualRegistration,
} from "./individual-mutations";
import { saveUnitRegistration, submitUnitRegistration, type SaveResult, type SavedRow } from "./mutations";
import {
  confirmIndividualSchema,
  registrationFormSchema,
  returnToOwnerSchema,
  type ConfirmIndividualInput,
  type RegistrationFormInput,
  type ReturnToOwnerInput,
} from "./schemas";

function revalidate(registrationId?: string) {
  revalidatePath("/unit", "layout");
  revalidatePath("/campaigns", "layout");
  if (registrationId) revalidatePath(`/registrations/${registrationId}`, "layout");
}

export async function saveUnitRegistrationAction(input: RegistrationFormInput): Promise<ActionResult<SaveResult>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(registrationFormSchema(), input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await saveUnitRegistration(actor, parsed.data);
    revalidate(data.registrationId);
    return { ok: true, data, message: "Đã lưu nháp." };
  } catch (err) {
    return failure(err);
  }
}

export async function submitUnitRegistrationAction(
  input: RegistrationFormInput,
): Promise<ActionResult<{ registrationId: string; versionNo: number; isLate: boolean; lockVersion: number; rows: SavedRow[] }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(registrationFormSchema(), input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await submitUnitRegistration(actor, parsed.data);
    revalidate(data.registrationId);
    return {
      ok: true,
      data,
      message: data.isLate ? `Đã nộp Mẫu 1 (phiên bản ${data.versionNo}) – trễ hạn.` : `Đã nộp Mẫu 1 (phiên bản ${data.versionNo}).`,
    };
  } catch (err) {
    return failure(err);
  }
}

export async function saveIndividualRegistrationAction(input: RegistrationFormInput): Promise<ActionResult<SaveResult>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(registrationFormSchema(), input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await saveIndividualRegistration(actor, parsed.data);
    revalidate(data.registrationId);
    return { ok: true, data, message: "Đã lưu nháp." };
  } catch (err) {
    return failure(err);
  }
}

export async function requestIndividualConfirmationAction(
  input: RegistrationFormInput,
): Promise<ActionResult<{ registrationId: string; lockVersion: number; rows: SavedRow[] }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(registrationFormSchema(), input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await requestIndividualConfirmation(actor, parsed.data);
    revalidate(data.registrationId);
    return { ok: true, data, message: "Đã gửi trưởng đơn vị xác nhận." };
  } catch (err) {
    return failure(err);
  }
}

export async function confirmIndividualRegistrationAction(
  input: ConfirmIndividualInput,
): Promise<ActionResult<{ registrationId: string; versionNo: number; isLate: boolean }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(confirmIndividualSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await confirmIndividualRegistration(actor, parsed.data);
    revalidate(data.registrationId);
    return {
      ok: true,
      data: { registrationId: data.registrationId, versionNo: data.versionNo, isLate: data.isLate },
      message: "Đã xác nhận và nộp đăng ký cá nhân.",
    };
  } catch (err) {
    return failure(err);
  }
}

export async function returnIndividualToOwnerAction(input: ReturnToOwnerInput): Promise<ActionResult<{ registrationId: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(returnToOwnerSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await returnIndividualToOwner(actor, parsed.data);
    revalidate(data.registrationId);
    return { ok: true, data: { registrationId: data.registrationId }, message: "Đã trả lại đăng ký để người đăng ký chỉnh sửa." };
  } catch (err) {
    return failure(err);
  }
}
