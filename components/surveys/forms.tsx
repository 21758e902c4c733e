"use client";

import { ActionForm, CheckboxListField, DayField, Hidden, SelectField, TextAreaField, TextField } from "@/components/forms/action-form";
import {
  addMemberAction,
  addVisitAction,
  announceRoundAction,
  cancelVisitAction,
  closeSurveyRoundAction,
  createPlanAction,
  createRoundAction,
  generateRoundDraftAction,
  removeMemberAction,
  saveFindingAction,
  saveRoundReportAction,
  setProposalAction,
  updatePlanAction,
  updateVisitAction,
} from "@/lib/surveys/actions";
import { SATISFACTION_IMPACT_LABELS, SURVEY_PROPOSAL_LABELS, SURVEY_TEAM_ROLE_LABELS } from "@/lib/surveys/labels";

const opts = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k] }));

export interface PlanValues {
  planId: string;
  lockVersion: number;
  title: string;
  documentNumber: string;
  year: number;
  startsOn: string; // dd/MM/yyyy
  endsOn: string;
  purpose: string;
}

/** "Lập kế hoạch khảo sát", or the plan's own fields when `plan` is given (edited with its lockVersion). */
export function PlanForm({ year, plan }: { year: number; plan?: PlanValues }) {
  return (
    <ActionForm
      action={plan ? updatePlanAction : createPlanAction}
      submitLabel={plan ? "Lưu kế hoạch" : "Lập kế hoạch"}
      redirect={plan ? undefined : (d) => `/surveys/${(d as { planId: string }).planId}`}
      className="sm:grid-cols-2"
      label="Kế hoạch khảo sát"
    >
      {plan && <Hidden name="planId" value={plan.planId} />}
      {plan && <Hidden name="lockVersion" value={plan.lockVersion} />}
      <TextField name="title" label="Tên kế hoạch" required maxLength={1000} className="sm:col-span-2" defaultValue={plan?.title ?? "Kế hoạch khảo sát các mô hình, giải pháp, sáng kiến về công tác cải cách hành chính"} />
      <TextField name="documentNumber" label="Số, ký hiệu" maxLength={100} hint="Ví dụ 12/KH-SNV" defaultValue={plan?.documentNumber} />
      <TextField name="year" label="Năm" required inputMode="numeric" defaultValue={String(plan?.year ?? year)} />
      <DayField name="startsOn" label="Từ ngày" required defaultValue={plan?.startsOn} />
      <DayField name="endsOn" label="Đến ngày" required defaultValue={plan?.endsOn} />
      <TextAreaField name="purpose" label="Mục đích, yêu cầu" rows={4} className="sm:col-span-2" defaultValue={plan?.purpose} />
    </ActionForm>
  );
}

export function RoundForm({ planId, defaultName }: { planId: string; defaultName: string }) {
  return (
    <ActionForm action={createRoundAction} submitLabel="Tạo đợt khảo sát" redirect={(d) => `/surveys/rounds/${d.roundId}`} label="Tạo đợt khảo sát">
      <Hidden name="planId" value={planId} />
      <TextField name="name" label="Tên đợt" required maxLength={255} defaultValue={defaultName} />
    </ActionForm>
  );
}

export function MemberForm({ roundId, people }: { roundId: string; people: { id: string; fullName: string; unitName: string; username: string }[] }) {
  return (
    <ActionForm action={addMemberAction} submitLabel="Thêm vào đoàn" className="sm:grid-cols-3" label="Thêm thành viên đoàn">
      <Hidden name="roundId" value={roundId} />
      <SelectField name="userId" label="Người" required placeholder="Chọn người" options={people.map((p) => ({ value: p.id, label: `${p.fullName} – ${p.unitName}` }))} />
      <SelectField name="role" label="Vai trò trong đoàn" required options={opts(SURVEY_TEAM_ROLE_LABELS)} defaultValue="MEMBER" />
      <TextField name="roleNote" label="Ghi chú vai trò" maxLength={255} hint="Ví dụ: đại diện Sở Thông tin và Truyền thông" />
    </ActionForm>
  );
}

export function RemoveMemberButton({ memberId, name }: { memberId: string; name: string }) {
  return (
    <ActionForm action={removeMemberAction} submitLabel="Bỏ khỏi đoàn" variant="secondary" confirm={{ title: `Bỏ ${name} khỏi đoàn?`, confirmLabel: "Bỏ khỏi đoàn" }} label={`Bỏ ${name} khỏi đoàn`}>
      <Hidden name="memberId" value={memberId} />
    </ActionForm>
  );
}

function ScheduleFields(d: { date?: string; startTime?: string; endTime?: string; place?: string; contactName?: string; contactPhone?: string; note?: string; reportDueDate?: string }) {
  return (
    <>
      <DayField name="date" label="Ngày khảo sát" required defaultValue={d.date} />
      <TextField name="startTime" label="Giờ bắt đầu" required placeholder="08:30" defaultValue={d.startTime ?? "08:30"} />
      <TextField name="endTime" label="Giờ kết thúc" required placeholder="11:30" defaultValue={d.endTime ?? "11:00"} />
      <TextField name="place" label="Địa điểm" required maxLength={500} defaultValue={d.place} />
      <TextField name="contactName" label="Người liên hệ" required maxLength={255} defaultValue={d.contactName} />
      <TextField name="contactPhone" label="Điện thoại liên hệ" maxLength={50} type="tel" inputMode="tel" defaultValue={d.contactPhone} />
      <DayField name="reportDueDate" label="Hạn gửi báo cáo (trước ngày)" hint="Để trống: trước ngày khảo sát." defaultValue={d.reportDueDate} />
      <TextAreaField name="note" label="Ghi chú" maxLength={2000} defaultValue={d.note} />
    </>
  );
}

export function VisitForm({ roundId, unitId, initiatives }: { roundId: string; unitId: string; initiatives: { id: string; content: string; needsSurvey: boolean; campaignNumber: string }[] }) {
  return (
    <ActionForm action={addVisitAction} submitLabel="Lên lịch khảo sát" arrays={["initiativeIds"]} resetOnSuccess className="sm:grid-cols-2" label="Lên lịch khảo sát">
      <Hidden name="roundId" value={roundId} />
      <Hidden name="unitId" value={unitId} />
      <ScheduleFields />
      <CheckboxListField
        name="initiativeIds"
        legend="Mô hình, giải pháp, sáng kiến cần khảo sát"
        className="sm:col-span-2"
        options={initiatives.map((i) => ({ value: i.id, label: i.content, hint: `Kế hoạch ${i.campaignNumber}${i.needsSurvey ? " · Thẩm định đề nghị khảo sát thực tế" : ""}` }))}
      />
    </ActionForm>
  );
}

export function RescheduleForm(p: { visitId: string; lockVersion: number; date: string; startTime: string; endTime: string; place: string; contactName: string; contactPhone: string; note: string; reportDueDate: string }) {
  return (
    <ActionForm action={updateVisitAction} submitLabel="Lưu lịch mới" className="sm:grid-cols-2" label="Đổi lịch khảo sát">
      <Hidden name="visitId" value={p.visitId} />
      <Hidden name="lockVersion" value={p.lockVersion} />
      <ScheduleFields {...p} />
    </ActionForm>
  );
}

export function CancelVisitForm({ visitId }: { visitId: string }) {
  return (
    <ActionForm action={cancelVisitAction} submitLabel="Hủy lịch khảo sát" variant="danger" confirm={{ title: "Hủy buổi khảo sát?", body: "Đoàn và đơn vị nhận thông báo hủy (lịch trong ứng dụng lịch được gỡ).", confirmLabel: "Hủy lịch" }} label="Hủy lịch khảo sát">
      <Hidden name="visitId" value={visitId} />
      <TextField name="reason" label="Lý do hủy" required maxLength={1000} />
    </ActionForm>
  );
}

export function AnnounceButton({ roundId }: { roundId: string }) {
  return (
    <ActionForm action={announceRoundAction} submitLabel="Thông báo đợt khảo sát" confirm={{ title: "Thông báo đợt khảo sát?", body: "Thành viên đoàn và các đơn vị được khảo sát nhận thư mời kèm lịch (.ics).", confirmLabel: "Gửi thông báo" }}>
      <Hidden name="roundId" value={roundId} />
    </ActionForm>
  );
}

export function FindingForm(p: { visitId: string; initiativeId: string; achieved: string; limitations: string; difficulties: string; recommendations: string; satisfactionImpact: string; impactNote: string }) {
  const id = (n: string) => `${n}-${p.initiativeId}`;
  return (
    <ActionForm action={saveFindingAction} submitLabel="Lưu kết quả khảo sát" className="sm:grid-cols-2" label="Kết quả khảo sát của tôi">
      <Hidden name="visitId" value={p.visitId} />
      <Hidden name="initiativeId" value={p.initiativeId} />
      <TextAreaField id={id("achieved")} name="achieved" label="Kết quả đạt được" defaultValue={p.achieved} />
      <TextAreaField id={id("limitations")} name="limitations" label="Hạn chế" defaultValue={p.limitations} />
      <TextAreaField id={id("difficulties")} name="difficulties" label="Khó khăn" defaultValue={p.difficulties} />
      <TextAreaField id={id("recommendations")} name="recommendations" label="Đề xuất" defaultValue={p.recommendations} />
      <SelectField id={id("impact")} name="satisfactionImpact" label="Tác động đến sự hài lòng của người dân, doanh nghiệp" options={opts(SATISFACTION_IMPACT_LABELS)} placeholder="Chưa chọn" defaultValue={p.satisfactionImpact} />
      <TextField id={id("impactNote")} name="impactNote" label="Nhận xét về tác động" maxLength={2000} defaultValue={p.impactNote} />
    </ActionForm>
  );
}

export function DraftButton({ roundId, lockVersion, hasText }: { roundId: string; lockVersion: number; hasText: boolean }) {
  return (
    <ActionForm
      action={generateRoundDraftAction}
      submitLabel="Tạo dự thảo từ dữ liệu"
      variant="secondary"
      confirm={hasText ? { title: "Tạo lại dự thảo?", body: "Nội dung báo cáo đang có sẽ được thay bằng bản dự thảo mới.", confirmLabel: "Tạo lại" } : undefined}
    >
      <Hidden name="roundId" value={roundId} />
      <Hidden name="lockVersion" value={lockVersion} />
    </ActionForm>
  );
}

export function RoundReportForm(p: { roundId: string; lockVersion: number; reportSummary: string; reportAssessment: string; reportProposals: string }) {
  return (
    <ActionForm action={saveRoundReportAction} submitLabel="Lưu báo cáo" label="Báo cáo kết quả khảo sát">
      <Hidden name="roundId" value={p.roundId} />
      <Hidden name="lockVersion" value={p.lockVersion} />
      <TextAreaField name="reportSummary" label="I. Kết quả khảo sát" rows={14} defaultValue={p.reportSummary} />
      <TextAreaField name="reportAssessment" label="II. Đánh giá chung" rows={6} defaultValue={p.reportAssessment} />
      <TextAreaField name="reportProposals" label="III. Đề xuất, kiến nghị" rows={6} defaultValue={p.reportProposals} />
    </ActionForm>
  );
}

export function ProposalForm(p: { roundId: string; initiativeId: string; kind: string; replicateWhere: string; reason: string }) {
  const id = (n: string) => `${n}-${p.initiativeId}`;
  return (
    <ActionForm action={setProposalAction} submitLabel="Lưu đề xuất" className="sm:grid-cols-3" label="Đề xuất">
      <Hidden name="roundId" value={p.roundId} />
      <Hidden name="initiativeId" value={p.initiativeId} />
      <SelectField id={id("kind")} name="kind" label="Đề xuất" required options={opts(SURVEY_PROPOSAL_LABELS)} placeholder="Chọn đề xuất" defaultValue={p.kind} />
      <TextField id={id("where")} name="replicateWhere" label="Nhân rộng tại" maxLength={1000} defaultValue={p.replicateWhere} />
      <TextField id={id("reason")} name="reason" label="Lý do" maxLength={2000} defaultValue={p.reason} />
    </ActionForm>
  );
}

export function CloseRoundButton({ roundId, lockVersion }: { roundId: string; lockVersion: number }) {
  return (
    <ActionForm action={closeSurveyRoundAction} submitLabel="Kết thúc đợt khảo sát" confirm={{ title: "Kết thúc đợt khảo sát?", body: "Báo cáo và đề xuất không sửa được nữa; đề xuất công nhận được chuyển tới lãnh đạo có thẩm quyền.", confirmLabel: "Kết thúc đợt" }}>
      <Hidden name="roundId" value={roundId} />
      <Hidden name="lockVersion" value={lockVersion} />
    </ActionForm>
  );
}
