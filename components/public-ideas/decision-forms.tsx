"use client";

import { ActionForm, DayField, Hidden, SelectField, TextAreaField } from "@/components/forms/action-form";
import { acceptIdeaAction, assessIdeaAction, declineIdeaAction, forwardIdeaAction } from "@/lib/public-ideas/actions";

type Option = { value: string; label: string };

const TYPES: Option[] = [
  { value: "INITIATIVE", label: "Sáng kiến" },
  { value: "SOLUTION", label: "Giải pháp" },
  { value: "MODEL", label: "Mô hình" },
  { value: "GOOD_PRACTICE", label: "Cách làm hay" },
];
const LEVELS: Option[] = [
  { value: "DEPARTMENT", label: "Cấp Sở" },
  { value: "CITY", label: "Cấp Thành phố" },
];

export function ForwardIdeaForm({ ideaId, lockVersion, units }: { ideaId: string; lockVersion: number; units: Option[] }) {
  return (
    <ActionForm action={forwardIdeaAction} submitLabel="Chuyển đơn vị đánh giá" variant="secondary" label="Chuyển đơn vị đánh giá" className="grid gap-3">
      <Hidden name="ideaId" value={ideaId} />
      <Hidden name="lockVersion" value={lockVersion} />
      <SelectField name="unitId" label="Đơn vị chuyên môn" options={units} placeholder="— Chọn đơn vị —" required />
      <TextAreaField name="note" label="Ghi chú cho đơn vị" maxLength={2000} hint="Không bắt buộc. Đơn vị không thấy thông tin liên hệ của người gửi." />
    </ActionForm>
  );
}

export function AcceptIdeaForm({ ideaId, lockVersion, fields, defaultFieldId, defaultContent, unitName }: { ideaId: string; lockVersion: number; fields: Option[]; defaultFieldId: string; defaultContent: string; unitName: string }) {
  return (
    <ActionForm
      action={acceptIdeaAction}
      submitLabel="Ghi nhận vào phong trào"
      label="Ghi nhận vào phong trào"
      className="grid gap-3"
      confirm={{ title: "Ghi nhận hiến kế?", body: `Hiến kế trở thành một sáng kiến của người dân, doanh nghiệp trong phong trào, do ${unitName} theo dõi; người gửi nhận thư trả lời.`, confirmLabel: "Ghi nhận" }}
    >
      <Hidden name="ideaId" value={ideaId} />
      <Hidden name="lockVersion" value={lockVersion} />
      <TextAreaField name="content" label="Nội dung ghi vào danh sách (Mẫu 1)" required maxLength={2000} defaultValue={defaultContent} rows={3} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="type" label="Loại" options={TYPES} defaultValue="INITIATIVE" required />
        <SelectField name="level" label="Cấp đăng ký" options={LEVELS} defaultValue="DEPARTMENT" required />
        <SelectField name="fieldId" label="Lĩnh vực" options={fields} defaultValue={defaultFieldId} required />
      </div>
      <DayField name="expectedCompletion" label="Thời gian dự kiến hoàn thành" required />
      <TextAreaField name="answer" label="Trả lời người gửi" required maxLength={4000} defaultValue="Cảm ơn anh/chị. Hiến kế đã được ghi nhận vào phong trào thi đua và giao đơn vị chuyên môn tổ chức thực hiện." />
    </ActionForm>
  );
}

export function DeclineIdeaForm({ ideaId, lockVersion }: { ideaId: string; lockVersion: number }) {
  return (
    <ActionForm action={declineIdeaAction} submitLabel="Không ghi nhận" variant="danger" label="Không ghi nhận" className="grid gap-3">
      <Hidden name="ideaId" value={ideaId} />
      <Hidden name="lockVersion" value={lockVersion} />
      <TextAreaField name="answer" label="Lý do (gửi cho người gửi)" required maxLength={4000} />
    </ActionForm>
  );
}

export function AssessIdeaForm({ ideaId, lockVersion, assessment, recommendsAccept }: { ideaId: string; lockVersion: number; assessment: string | null; recommendsAccept: boolean | null }) {
  return (
    <ActionForm action={assessIdeaAction} submitLabel="Gửi ý kiến đánh giá" label="Ý kiến đánh giá của đơn vị" className="grid gap-3">
      <Hidden name="ideaId" value={ideaId} />
      <Hidden name="lockVersion" value={lockVersion} />
      <SelectField
        name="recommendation"
        label="Đề xuất"
        options={[
          { value: "ACCEPT", label: "Đề xuất ghi nhận vào phong trào" },
          { value: "DECLINE", label: "Đề xuất không ghi nhận" },
        ]}
        placeholder="— Chọn —"
        defaultValue={recommendsAccept === null ? "" : recommendsAccept ? "ACCEPT" : "DECLINE"}
        required
      />
      <TextAreaField name="assessment" label="Ý kiến đánh giá" required maxLength={4000} rows={5} defaultValue={assessment ?? ""} hint="Tính khả thi, hiệu quả, đơn vị có thể triển khai hay không." />
    </ActionForm>
  );
}
