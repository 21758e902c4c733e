import type { InitiativeProgress } from "@/lib/generated/prisma/enums";

/** Pure rules of adopting a model and of assigned replication (unit-tested). */

export const NOT_RECOGNISED_MESSAGE = "Mô hình này chưa được cấp có thẩm quyền công nhận (không có trong thư viện điển hình): không đăng ký nhân rộng được.";
export const OWN_MODEL_MESSAGE = "Đây là mô hình của chính đơn vị: đơn vị không đăng ký nhân rộng mô hình của mình.";
export const ALREADY_ADOPTED_MESSAGE = "Đơn vị đã đăng ký nhân rộng mô hình này.";

/** Why `unitId` may not adopt the model (null = it may). */
export function adoptionRefusal(model: { unitId: string } | null, unitId: string): string | null {
  if (!model) return NOT_RECOGNISED_MESSAGE;
  if (model.unitId === unitId) return OWN_MODEL_MESSAGE;
  return null;
}

/** Why a unit cannot be a target of an assignment by `issuer` of a model owned by `ownerUnitId` (null = it can). */
export function targetRefusal(unit: { id: string; path: string; name: string }, issuer: { id: string; path: string }, ownerUnitId: string): string | null {
  if (unit.id === issuer.id) return `${unit.name} là đơn vị giao: chỉ giao cho các đơn vị cấp dưới.`;
  if (!unit.path.startsWith(issuer.path)) return `${unit.name} không thuộc phạm vi quản lý của đơn vị giao.`;
  if (unit.id === ownerUnitId) return `${unit.name} là đơn vị chủ trì mô hình: không giao nhân rộng cho chính đơn vị này.`;
  return null;
}

export type TargetState = "NOT_REGISTERED" | "IN_PROGRESS" | "REPORTED" | "REPORTED_LATE" | "OVERDUE";

export const TARGET_STATE_LABELS: Record<TargetState, string> = {
  NOT_REGISTERED: "Chưa đăng ký",
  IN_PROGRESS: "Đang triển khai",
  REPORTED: "Đã báo cáo đúng hạn",
  REPORTED_LATE: "Đã báo cáo (trễ hạn)",
  OVERDUE: "Quá hạn",
};

export const TARGET_STATE_TONES: Record<TargetState, "gray" | "blue" | "green" | "amber" | "red"> = {
  NOT_REGISTERED: "gray",
  IN_PROGRESS: "blue",
  REPORTED: "green",
  REPORTED_LATE: "amber",
  OVERDUE: "red",
};

/** The state of one unit of an assignment: fulfilled by REPORTING its adoption of the model. */
export function targetState(adoption: { reportedAt: Date | null } | null, dueAt: Date, now: Date): TargetState {
  if (adoption?.reportedAt) return adoption.reportedAt.getTime() < dueAt.getTime() ? "REPORTED" : "REPORTED_LATE";
  if (now.getTime() >= dueAt.getTime()) return "OVERDUE";
  return adoption ? "IN_PROGRESS" : "NOT_REGISTERED";
}

/** The progress columns of an adoption of its own (the Mẫu 1 ones follow the initiative). */
export function adoptionProgressColumns(progress: InitiativeProgress, completedOn: Date | null) {
  return { progress, completedOn: progress === "COMPLETED" ? completedOn : null };
}
