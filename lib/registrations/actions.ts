"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
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

/** The unit's pages, the office's campaign pages (status, consolidated list) and the registration's own. */
const REGISTRATION: Section[] = ["unit", "campaigns", "registrations"];

export async function saveUnitRegistrationAction(input: RegistrationFormInput): Promise<ActionResult<SaveResult>> {
  return runAction({
    input,
    schema: registrationFormSchema(),
    handler: (actor, data) => saveUnitRegistration(actor, data),
    revalidate: REGISTRATION,
    message: "Đã lưu nháp.",
  });
}

export async function submitUnitRegistrationAction(
  input: RegistrationFormInput,
): Promise<ActionResult<{ registrationId: string; versionNo: number; isLate: boolean; lockVersion: number; rows: SavedRow[] }>> {
  return runAction({
    input,
    schema: registrationFormSchema(),
    handler: (actor, data) => submitUnitRegistration(actor, data),
    // The answer carries the page re-rendered (the submitted form, read-only); the editor then only writes
    // ?nop=<version> into the URL for the confirmation, without a second request for the same page.
    revalidate: REGISTRATION,
    message: (data) => (data.isLate ? `Đã nộp Mẫu 1 (phiên bản ${data.versionNo}) – trễ hạn.` : `Đã nộp Mẫu 1 (phiên bản ${data.versionNo}).`),
  });
}

export async function saveIndividualRegistrationAction(input: RegistrationFormInput): Promise<ActionResult<SaveResult>> {
  return runAction({
    input,
    schema: registrationFormSchema(),
    handler: (actor, data) => saveIndividualRegistration(actor, data),
    revalidate: REGISTRATION,
    message: "Đã lưu nháp.",
  });
}

export async function requestIndividualConfirmationAction(
  input: RegistrationFormInput,
): Promise<ActionResult<{ registrationId: string; lockVersion: number; rows: SavedRow[] }>> {
  return runAction({
    input,
    schema: registrationFormSchema(),
    handler: (actor, data) => requestIndividualConfirmation(actor, data),
    revalidate: REGISTRATION,
    message: "Đã gửi trưởng đơn vị xác nhận.",
  });
}

export async function confirmIndividualRegistrationAction(
  input: ConfirmIndividualInput,
): Promise<ActionResult<{ registrationId: string; versionNo: number; isLate: boolean }>> {
  return runAction({
    input,
    schema: confirmIndividualSchema,
    handler: (actor, data) => confirmIndividualRegistration(actor, data),
    output: (data) => ({ registrationId: data.registrationId, versionNo: data.versionNo, isLate: data.isLate }),
    revalidate: REGISTRATION,
    message: "Đã xác nhận và nộp đăng ký cá nhân.",
  });
}

export async function returnIndividualToOwnerAction(input: ReturnToOwnerInput): Promise<ActionResult<{ registrationId: string }>> {
  return runAction({
    input,
    schema: returnToOwnerSchema,
    handler: (actor, data) => returnIndividualToOwner(actor, data),
    output: (data) => ({ registrationId: data.registrationId }),
    revalidate: REGISTRATION,
    message: "Đã trả lại đăng ký để người đăng ký chỉnh sửa.",
  });
}
