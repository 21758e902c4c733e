"use client";

import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { deleteRecognitionAction, removeRecognitionItemAction, updateRecognitionAction } from "@/lib/recognition/actions";

/**
 * The issuing unit's leadership corrects a decision: drop one initiative from it, or delete a decision
 * recorded by mistake. Both need a reason, kept in the audit log and in each initiative's history.
 */
export interface DecisionFields {
  number: string;
  /** yyyy-MM-dd */
  signedOn: string;
  signerName: string;
  signerTitle: string;
  summary: string;
}

export function DecisionManage({ decisionId, number, items, fields }: { decisionId: string; number: string; items: { id: string; label: string }[]; fields: DecisionFields }) {
  const uid = useId();
  const [pending, start] = useTransition();
  const [mode, setMode] = useState<"edit" | "remove" | "delete">("edit");
  const [values, setValues] = useState<DecisionFields>(fields);
  const set = (k: keyof DecisionFields) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const [initiativeId, setInitiativeId] = useState(items[0]?.id ?? "");
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const run = () =>
    start(async () => {
      const res =
        mode === "edit"
          ? await updateRecognitionAction({ decisionId, ...values })
          : mode === "remove"
            ? await removeRecognitionItemAction({ decisionId, initiativeId, reason })
            : await deleteRecognitionAction({ decisionId, reason });
      setResult({ ok: res.ok, text: res.ok ? (res.message ?? "Đã lưu.") : (res.fieldErrors ? Object.values(res.fieldErrors)[0] : undefined) || res.error });
      if (res.ok) {
        setReason("");
      }
    });

  return (
    <details className="mt-2 text-sm print:hidden">
      <summary className="min-h-9 cursor-pointer py-1 text-brand-700 underline">Sửa quyết định {number}</summary>
      <div className="mt-2 flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3">
        {result && <Alert tone={result.ok ? "success" : "error"}>{result.text}</Alert>}
        <fieldset className="flex flex-wrap gap-4">
          <legend className="sr-only">Việc cần làm</legend>
          <label className="flex min-h-9 items-center gap-2">
            <input type="radio" name={`${uid}-mode`} checked={mode === "edit"} onChange={() => setMode("edit")} className="h-5 w-5" />
            Sửa số, ngày, người ký, trích yếu
          </label>
          {items.length > 1 && (
            <label className="flex min-h-9 items-center gap-2">
              <input type="radio" name={`${uid}-mode`} checked={mode === "remove"} onChange={() => setMode("remove")} className="h-5 w-5" />
              Bỏ một nội dung khỏi quyết định
            </label>
          )}
          <label className="flex min-h-9 items-center gap-2">
            <input type="radio" name={`${uid}-mode`} checked={mode === "delete"} onChange={() => setMode("delete")} className="h-5 w-5" />
            Xoá quyết định (ghi nhận nhầm)
          </label>
        </fieldset>
        {mode === "remove" && (
          <Field id={`${uid}-item`} label="Nội dung">
            <Select id={`${uid}-item`} value={initiativeId} onChange={(e) => setInitiativeId(e.target.value)}>
              {items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {mode === "edit" ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id={`${uid}-number`} label="Số, ký hiệu" required>
              <Input id={`${uid}-number`} value={values.number} maxLength={100} autoComplete="off" onChange={set("number")} />
            </Field>
            <Field id={`${uid}-signedOn`} label="Ngày ký" required hint="Không sau ngày hôm nay.">
              <Input id={`${uid}-signedOn`} type="date" value={values.signedOn} onChange={set("signedOn")} aria-describedby={`${uid}-signedOn-hint`} />
            </Field>
            <Field id={`${uid}-signerName`} label="Người ký" required>
              <Input id={`${uid}-signerName`} value={values.signerName} maxLength={255} onChange={set("signerName")} />
            </Field>
            <Field id={`${uid}-signerTitle`} label="Chức vụ người ký" required>
              <Input id={`${uid}-signerTitle`} value={values.signerTitle} maxLength={255} onChange={set("signerTitle")} />
            </Field>
            <Field id={`${uid}-summary`} label="Trích yếu" required className="sm:col-span-2">
              <Input id={`${uid}-summary`} value={values.summary} maxLength={1000} onChange={set("summary")} />
            </Field>
          </div>
        ) : (
          <Field id={`${uid}-reason`} label="Lý do" required hint="Được ghi vào nhật ký và lịch sử của từng nội dung.">
            <Input id={`${uid}-reason`} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} aria-describedby={`${uid}-reason-hint`} />
          </Field>
        )}
        <div>
          <Button variant={mode === "delete" ? "danger" : "secondary"} disabled={pending || (mode !== "edit" && !reason.trim())} onClick={run}>
            {pending ? "Đang lưu…" : mode === "delete" ? `Xoá Quyết định ${number}` : mode === "remove" ? "Bỏ khỏi quyết định" : "Lưu thay đổi"}
          </Button>
        </div>
      </div>
    </details>
  );
}
