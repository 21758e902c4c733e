"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { deleteRecognitionAction, removeRecognitionItemAction } from "@/lib/recognition/actions";

/**
 * The issuing unit's leadership corrects a decision: drop one initiative from it, or delete a decision
 * recorded by mistake. Both need a reason, kept in the audit log and in each initiative's history.
 */
export function DecisionManage({ decisionId, number, items }: { decisionId: string; number: string; items: { id: string; label: string }[] }) {
  const router = useRouter();
  const uid = useId();
  const [pending, start] = useTransition();
  const [mode, setMode] = useState<"remove" | "delete">(items.length > 1 ? "remove" : "delete");
  const [initiativeId, setInitiativeId] = useState(items[0]?.id ?? "");
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const run = () =>
    start(async () => {
      const res = mode === "remove" ? await removeRecognitionItemAction({ decisionId, initiativeId, reason }) : await deleteRecognitionAction({ decisionId, reason });
      setResult({ ok: res.ok, text: res.ok ? (res.message ?? "Đã lưu.") : (res.fieldErrors ? Object.values(res.fieldErrors)[0] : undefined) || res.error });
      if (res.ok) {
        setReason("");
        router.refresh();
      }
    });

  return (
    <details className="mt-2 text-sm print:hidden">
      <summary className="min-h-9 cursor-pointer py-1 text-brand-700 underline">Sửa quyết định {number}</summary>
      <div className="mt-2 flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3">
        {result && <Alert tone={result.ok ? "success" : "error"}>{result.text}</Alert>}
        <fieldset className="flex flex-wrap gap-4">
          <legend className="sr-only">Việc cần làm</legend>
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
        <Field id={`${uid}-reason`} label="Lý do" required hint="Được ghi vào nhật ký và lịch sử của từng nội dung.">
          <Input id={`${uid}-reason`} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <div>
          <Button variant={mode === "delete" ? "danger" : "secondary"} disabled={pending || !reason.trim()} onClick={run}>
            {pending ? "Đang lưu…" : mode === "delete" ? `Xoá Quyết định ${number}` : "Bỏ khỏi quyết định"}
          </Button>
        </div>
      </div>
    </details>
  );
}
