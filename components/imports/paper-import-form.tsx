"use client";

import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { describedBy, Field, Input } from "@/components/ui/field";
import { ImportIssuesTable, type ImportIssue } from "./import-issues";

type Outcome =
  | { ok: true; added: number; skippedExisting: number; registrationId: string; versionNo: number; isLate: boolean }
  | { ok: false; message: string; issues?: ImportIssue[]; fieldErrors?: Record<string, string> };

const MAX_BYTES = 5 * 1024 * 1024;
const DAY = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/**
 * The office enters a Mẫu 1 that a unit sent on paper: whose it is, the paper's number, the day it was
 * received, its signer, and the template filled from it. The server checks everything again (the
 * fields with the same schema, every row with the form's own rules) and answers by field and by cell.
 */
export function PaperImportForm({ campaignId, units, templateHref }: { campaignId: string; units: ComboboxOption[]; templateHref: string }) {
  const router = useRouter();
  const id = useId();
  const ids = { unitId: `${id}-unit`, reference: `${id}-ref`, receivedOn: `${id}-day`, signedBy: `${id}-signer`, file: `${id}-file`, replaceDraft: `${id}-replace` };
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [unitName, setUnitName] = useState("");
  // A new form after each recording: the unit picker keeps its own state, and the recorded unit leaves the list.
  const [round, setRound] = useState(0);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const file = form.get("file");
    const found: Record<string, string> = {};
    if (!form.get("unitId")) found.unitId = "Vui lòng chọn đơn vị.";
    const day = String(form.get("receivedOn") ?? "");
    if (!day.trim()) found.receivedOn = "Vui lòng nhập ngày nhận bản giấy (dd/mm/yyyy).";
    else if (!DAY.test(day)) found.receivedOn = "Ngày chưa đúng dạng dd/mm/yyyy, ví dụ 20/12/2026.";
    if (!String(form.get("signedBy") ?? "").trim()) found.signedBy = "Vui lòng nhập người ký bản giấy.";
    if (!(file instanceof File) || file.size === 0) found.file = "Vui lòng chọn tệp Excel (.xlsx) đã nhập từ bản giấy.";
    else if (file.size > MAX_BYTES) found.file = "Tệp quá lớn: tối đa 5 MB.";
    setOutcome(null);
    setErrors(found);
    if (Object.keys(found).length) {
      formEl.querySelector<HTMLElement>(`#${CSS.escape(ids[Object.keys(found)[0] as keyof typeof ids])}`)?.focus();
      return;
    }
    const chosen = units.find((u) => u.value === form.get("unitId"));
    setUnitName(chosen?.label ?? "");
    setBusy(true);
    try {
      const res = await fetch(`/campaigns/${campaignId}/paper/import`, { method: "POST", body: form });
      const body = (await res.json().catch(() => ({ ok: false, message: "Không ghi nhận được lúc này. Vui lòng thử lại." }))) as Outcome;
      setOutcome(body);
      if (!body.ok) setErrors(body.fieldErrors ?? {});
      if (body.ok) {
        setRound((n) => n + 1);
        router.refresh();
      }
    } catch {
      setOutcome({ ok: false, message: "Mất kết nối tới máy chủ. Vui lòng thử lại." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-3 text-sm">
      <p>
        <a href={templateHref} className="font-medium text-brand-700 underline underline-offset-2" download>
          Tải tệp mẫu Mẫu 1 của kế hoạch (.xlsx)
        </a>
      </p>
      <form key={round} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2" aria-label="Ghi nhận Mẫu 1 bản giấy">
        <Field id={ids.unitId} label="Đơn vị gửi bản giấy" required error={errors.unitId} className="sm:col-span-2" hint="Chỉ các đơn vị chưa nộp Mẫu 1 trên cổng (hoặc đã được trả lại).">
          <Combobox
            id={ids.unitId}
            name="unitId"
            options={units}
            placeholder="Chọn đơn vị…"
            aria-invalid={!!errors.unitId}
            aria-describedby={describedBy(ids.unitId, errors.unitId, true)}
            aria-required
          />
        </Field>
        <Field id={ids.reference} label="Số, ký hiệu văn bản" error={errors.reference} hint="Ví dụ 15/ĐK-VNC; để trống nếu bản giấy không có số.">
          <Input id={ids.reference} name="reference" maxLength={100} aria-invalid={!!errors.reference} aria-describedby={describedBy(ids.reference, errors.reference, true)} />
        </Field>
        <Field id={ids.receivedOn} label="Ngày Bộ phận CCHC nhận" required error={errors.receivedOn} hint="dd/mm/yyyy. Đúng hạn hay trễ hạn tính theo ngày này.">
          <Input id={ids.receivedOn} name="receivedOn" inputMode="numeric" placeholder="dd/mm/yyyy" maxLength={10} aria-invalid={!!errors.receivedOn} aria-describedby={describedBy(ids.receivedOn, errors.receivedOn, true)} />
        </Field>
        <Field id={ids.signedBy} label="Người ký bản giấy" required error={errors.signedBy} className="sm:col-span-2" hint="Họ tên và chức vụ, ví dụ Nguyễn Văn A, Viện trưởng.">
          <Input id={ids.signedBy} name="signedBy" maxLength={200} aria-invalid={!!errors.signedBy} aria-describedby={describedBy(ids.signedBy, errors.signedBy, true)} />
        </Field>
        <Field id={ids.file} label="Tệp Mẫu 1 đã nhập từ bản giấy (.xlsx)" required error={errors.file} className="sm:col-span-2" hint="Tối đa 5 MB. Mỗi nội dung một dòng, đúng như bản giấy.">
          <input
            id={ids.file}
            name="file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={!!errors.file}
            aria-describedby={describedBy(ids.file, errors.file, true)}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-slate-50 file:px-3 file:py-1.5"
          />
        </Field>
        <div className="sm:col-span-2">
          <label className="flex items-start gap-2" htmlFor={ids.replaceDraft}>
            <input id={ids.replaceDraft} type="checkbox" name="replaceDraft" value="1" className="mt-1" aria-describedby={errors.replaceDraft ? `${ids.replaceDraft}-error` : undefined} />
            <span>Thay thế bản nháp của đơn vị (nếu đơn vị đã soạn trên cổng những nội dung không có trong bản giấy)</span>
          </label>
          {errors.replaceDraft && (
            <p id={`${ids.replaceDraft}-error`} className="mt-1 text-sm text-red-700" data-field-error>
              {errors.replaceDraft}
            </p>
          )}
        </div>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={busy}>
            {busy ? "Đang kiểm tra tệp…" : "Ghi nhận bản giấy"}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {outcome?.ok && (
          <Alert tone="success">
            Đã ghi nhận Mẫu 1 bản giấy{unitName ? ` của ${unitName}` : ""}: phiên bản {outcome.versionNo}, {outcome.added + outcome.skippedExisting} nội dung
            {outcome.isLate ? ", trễ hạn" : ", đúng hạn"}.{" "}
            <Link href={`/campaigns/${campaignId}/registrations/${outcome.registrationId}`} className="font-medium underline underline-offset-2">
              Xem và tiếp nhận biểu mẫu
            </Link>
          </Alert>
        )}
        {outcome && !outcome.ok && (
          <Alert tone="error" title="Chưa ghi nhận">
            <p>{outcome.message}</p>
          </Alert>
        )}
      </div>
      {outcome && !outcome.ok && outcome.issues && <ImportIssuesTable issues={outcome.issues} />}
    </div>
  );
}
