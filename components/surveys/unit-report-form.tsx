"use client";

import { ActionForm, Hidden, TextAreaField, TextField } from "@/components/forms/action-form";
import { saveUnitReportAction, submitUnitReportAction } from "@/lib/surveys/actions";

export interface ReportPartInput {
  initiativeId: string;
  content: string;
  results: string;
  limitations: string;
  difficulties: string;
  satisfaction: string;
  rate: string;
}

/** "Báo cáo phục vụ khảo sát": the general part and, per initiative, results, limits, difficulties, satisfaction. */
export function UnitReportForm({ visitId, lockVersion, general, parts }: { visitId: string; lockVersion: number; general: string; parts: ReportPartInput[] }) {
  return (
    <ActionForm action={saveUnitReportAction} submitLabel="Lưu báo cáo" label="Báo cáo phục vụ khảo sát">
      <Hidden name="visitId" value={visitId} />
      <Hidden name="lockVersion" value={lockVersion} />
      <TextAreaField name="general" label="Tình hình chung" rows={4} defaultValue={general} />
      {parts.map((p, i) => (
        <fieldset key={p.initiativeId} className="grid gap-3 rounded-md border border-slate-300 p-3 sm:grid-cols-2">
          <legend className="px-1 font-semibold">
            {i + 1}. {p.content}
          </legend>
          <TextAreaField id={`r-${p.initiativeId}`} name={`results:${p.initiativeId}`} label="Kết quả đạt được" rows={4} defaultValue={p.results} />
          <TextAreaField id={`l-${p.initiativeId}`} name={`limitations:${p.initiativeId}`} label="Hạn chế" defaultValue={p.limitations} />
          <TextAreaField id={`d-${p.initiativeId}`} name={`difficulties:${p.initiativeId}`} label="Khó khăn, vướng mắc" defaultValue={p.difficulties} />
          <TextAreaField id={`s-${p.initiativeId}`} name={`satisfaction:${p.initiativeId}`} label="Sự hài lòng của người dân, doanh nghiệp" defaultValue={p.satisfaction} />
          <TextField id={`rate-${p.initiativeId}`} name={`rate:${p.initiativeId}`} label="Tỷ lệ hài lòng (%), nếu có số liệu" inputMode="decimal" defaultValue={p.rate} />
        </fieldset>
      ))}
    </ActionForm>
  );
}

export function SubmitUnitReportButton({ visitId, lockVersion }: { visitId: string; lockVersion: number }) {
  return (
    <ActionForm
      action={submitUnitReportAction}
      submitLabel="Gửi báo cáo cho đoàn khảo sát"
      confirm={{ title: "Gửi báo cáo cho đoàn khảo sát?", body: "Sau khi gửi, đơn vị không sửa được báo cáo.", confirmLabel: "Gửi báo cáo" }}
    >
      <Hidden name="visitId" value={visitId} />
      <Hidden name="lockVersion" value={lockVersion} />
    </ActionForm>
  );
}
