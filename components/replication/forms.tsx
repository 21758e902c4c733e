"use client";

import { ActionForm, CheckboxListField, DayField, Hidden, SelectField, TextAreaField, TextField } from "@/components/forms/action-form";
import {
  addAdoptionResultAction,
  adoptModelAction,
  assignReplicationAction,
  cancelAssignmentAction,
  removeAdoptionResultAction,
  reportAdoptionAction,
  updateAdoptionProgressAction,
  withdrawAdoptionAction,
} from "@/lib/replication/actions";
import { REPORT_MAX } from "@/lib/replication/schemas";

const PROGRESS_OPTIONS = [
  { value: "NOT_STARTED", label: "Chưa triển khai" },
  { value: "IN_PROGRESS", label: "Đang triển khai" },
  { value: "COMPLETED", label: "Đã hoàn thành" },
  { value: "DROPPED", label: "Dừng thực hiện" },
];

export function AdoptForm({ modelId, units }: { modelId: string; units: { id: string; name: string }[] }) {
  return (
    <ActionForm action={adoptModelAction} submitLabel="Đăng ký nhân rộng" redirect={(d) => `/unit/replication/${d.adoptionId}`} className="sm:grid-cols-2" label="Đăng ký nhân rộng">
      <Hidden name="modelId" value={modelId} />
      {units.length > 1 ? (
        <SelectField name="unitId" label="Đơn vị nhân rộng" required options={units.map((u) => ({ value: u.id, label: u.name }))} placeholder="Chọn đơn vị" />
      ) : (
        <Hidden name="unitId" value={units[0]?.id ?? ""} />
      )}
      <DayField name="startedOn" label="Ngày bắt đầu áp dụng (nếu đã bắt đầu)" />
      <TextAreaField name="note" label="Kế hoạch áp dụng tại đơn vị" maxLength={2000} className="sm:col-span-2" />
    </ActionForm>
  );
}

export function AdoptionProgressForm({ adoptionId, lockVersion, progress, completedOn, note }: { adoptionId: string; lockVersion: number; progress: string; completedOn: string; note: string }) {
  return (
    <ActionForm action={updateAdoptionProgressAction} submitLabel="Lưu tiến độ" className="sm:grid-cols-2" label="Tiến độ nhân rộng">
      <Hidden name="adoptionId" value={adoptionId} />
      <Hidden name="lockVersion" value={lockVersion} />
      <SelectField name="progress" label="Tình trạng" required options={PROGRESS_OPTIONS} defaultValue={progress} />
      <DayField name="completedOn" label="Ngày hoàn thành" defaultValue={completedOn} />
      <TextAreaField name="progressNote" label="Ghi chú (lý do nếu dừng thực hiện)" defaultValue={note} maxLength={2000} className="sm:col-span-2" />
    </ActionForm>
  );
}

export function AdoptionResultForm({ adoptionId }: { adoptionId: string }) {
  return (
    <ActionForm action={addAdoptionResultAction} submitLabel="Thêm kết quả" resetOnSuccess className="sm:grid-cols-2" label="Thêm kết quả bằng số liệu">
      <Hidden name="adoptionId" value={adoptionId} />
      <TextField name="indicator" label="Chỉ tiêu" required maxLength={500} hint="Ví dụ: Tỷ lệ hồ sơ giải quyết đúng hạn" />
      <TextField name="unitOfMeasure" label="Đơn vị tính" required maxLength={100} hint="%, hồ sơ, ngày…" />
      <TextField name="valueBefore" label="Trước khi áp dụng" inputMode="decimal" />
      <TextField name="valueAfter" label="Sau khi áp dụng" required inputMode="decimal" />
      <TextField name="source" label="Nguồn số liệu" maxLength={500} className="sm:col-span-2" />
    </ActionForm>
  );
}

export function RemoveResultButton({ resultId, indicator }: { resultId: string; indicator: string }) {
  return (
    <ActionForm action={removeAdoptionResultAction} submitLabel="Xoá" variant="secondary" confirm={{ title: `Xoá kết quả “${indicator}”?`, confirmLabel: "Xoá" }} label={`Xoá kết quả ${indicator}`}>
      <Hidden name="resultId" value={resultId} />
    </ActionForm>
  );
}

export function AdoptionReportForm({ adoptionId, lockVersion, reportText, reported }: { adoptionId: string; lockVersion: number; reportText: string; reported: boolean }) {
  return (
    <ActionForm
      action={reportAdoptionAction}
      submitLabel={reported ? "Gửi lại báo cáo" : "Gửi báo cáo kết quả"}
      confirm={{ title: "Gửi báo cáo kết quả nhân rộng?", body: "Đơn vị chủ trì mô hình và đơn vị giao nhân rộng (nếu có) sẽ nhận được báo cáo.", confirmLabel: "Gửi báo cáo" }}
      label="Báo cáo kết quả nhân rộng"
    >
      <Hidden name="adoptionId" value={adoptionId} />
      <Hidden name="lockVersion" value={lockVersion} />
      <TextAreaField
        name="reportText"
        label="Báo cáo kết quả nhân rộng"
        required
        rows={8}
        maxLength={REPORT_MAX}
        defaultValue={reportText}
        hint="Cách đơn vị áp dụng mô hình, kết quả đạt được (số liệu), khó khăn, kiến nghị."
      />
    </ActionForm>
  );
}

export function WithdrawAdoptionButton({ adoptionId }: { adoptionId: string }) {
  return (
    <ActionForm action={withdrawAdoptionAction} submitLabel="Rút đăng ký nhân rộng" variant="danger" redirect={() => "/unit/replication"} confirm={{ title: "Rút đăng ký nhân rộng?", body: "Đăng ký và các số liệu đã nhập sẽ bị xoá.", confirmLabel: "Rút đăng ký" }}>
      <Hidden name="adoptionId" value={adoptionId} />
    </ActionForm>
  );
}

export function AssignForm({ modelId, issuers, units }: { modelId: string; issuers: { id: string; name: string }[]; units: { id: string; name: string }[] }) {
  return (
    <ActionForm action={assignReplicationAction} submitLabel="Giao nhân rộng" arrays={["unitIds"]} redirect={(d) => `/replication/${d.assignmentId}`} className="sm:grid-cols-2" label="Giao nhân rộng">
      <Hidden name="modelId" value={modelId} />
      {issuers.length > 1 ? (
        <SelectField name="issuingUnitId" label="Đơn vị giao" required options={issuers.map((u) => ({ value: u.id, label: u.name }))} placeholder="Chọn đơn vị giao" />
      ) : (
        <Hidden name="issuingUnitId" value={issuers[0]?.id ?? ""} />
      )}
      <DayField name="dueDate" label="Hạn báo cáo kết quả (trước ngày)" required hint="Đơn vị gửi báo cáo trước 00:00 ngày này (giờ Việt Nam)." />
      <TextField name="documentRef" label="Văn bản giao (số, ký hiệu, nếu có)" maxLength={255} />
      <TextAreaField name="note" label="Yêu cầu" maxLength={2000} />
      <CheckboxListField name="unitIds" legend="Đơn vị được giao" options={units.map((u) => ({ value: u.id, label: u.name }))} className="sm:col-span-2" />
    </ActionForm>
  );
}

export function CancelAssignmentButton({ assignmentId }: { assignmentId: string }) {
  return (
    <ActionForm action={cancelAssignmentAction} submitLabel="Hủy việc giao" variant="danger" confirm={{ title: "Hủy việc giao nhân rộng?", body: "Các đơn vị được báo; việc này không còn trong Việc cần làm của họ.", confirmLabel: "Hủy việc giao" }}>
      <Hidden name="assignmentId" value={assignmentId} />
    </ActionForm>
  );
}
