"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { addCriterionAction, moveCriterionAction, removeCriterionAction, updateCriterionAction } from "@/lib/appraisal/rounds/actions";
import { CRITERION_DESCRIPTION_MAX, CRITERION_NAME_MAX } from "@/lib/appraisal/rounds/schemas";
import { formatPoints } from "@/lib/appraisal/rubric";
import { ActionButton } from "./action-button";

export interface CriterionRow {
  id: string;
  name: string;
  description: string | null;
  maxPoints: number;
  weight: number | null;
}

/** Add or edit one criterion: name, description, maximum points, optional weight. */
function CriterionForm({
  roundId,
  criterion,
  onDone,
  onCancel,
  idPrefix,
}: {
  roundId: string;
  criterion?: CriterionRow;
  /** After a successful edit: the message to show once the form is gone. */
  onDone?: (message: string) => void;
  onCancel?: () => void;
  idPrefix: string;
}) {
  const [pending, start] = useTransition();
  const [values, setValues] = useState({
    name: criterion?.name ?? "",
    description: criterion?.description ?? "",
    maxPoints: criterion ? String(criterion.maxPoints) : "",
    weight: criterion?.weight == null ? "" : String(criterion.weight),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = (n: string) => `${idPrefix}-${n}`;
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [k]: e.target.value }));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const input = { roundId, ...values, maxPoints: values.maxPoints.replace(",", "."), weight: values.weight.replace(",", ".") };
    start(async () => {
      const res = criterion ? await updateCriterionAction({ ...input, criterionId: criterion.id }) : await addCriterionAction(input);
      if (res.ok) {
        setErrors({});
        if (!criterion) setValues({ name: "", description: "", maxPoints: "", weight: "" });
        if (onDone) onDone(res.message ?? "Đã lưu.");
        else setMessage({ ok: true, text: res.message ?? "Đã lưu." });
      } else {
        setErrors(res.fieldErrors ?? {});
        setMessage({ ok: false, text: res.error });
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-4">
      {message && (
        <Alert tone={message.ok ? "success" : "error"} className="sm:col-span-4">
          {message.text}
        </Alert>
      )}
      <Field id={id("name")} label="Tên tiêu chí" required error={errors.name} className="sm:col-span-2">
        <Input id={id("name")} value={values.name} onChange={set("name")} maxLength={CRITERION_NAME_MAX} aria-invalid={errors.name ? true : undefined} aria-describedby={describedBy(id("name"), errors.name)} />
      </Field>
      <Field id={id("max")} label="Điểm tối đa" required error={errors.maxPoints}>
        <Input id={id("max")} value={values.maxPoints} onChange={set("maxPoints")} inputMode="decimal" aria-invalid={errors.maxPoints ? true : undefined} aria-describedby={describedBy(id("max"), errors.maxPoints)} />
      </Field>
      <Field id={id("weight")} label="Trọng số (không bắt buộc)" error={errors.weight} hint="Để trống: tính theo điểm tối đa.">
        <Input id={id("weight")} value={values.weight} onChange={set("weight")} inputMode="decimal" aria-invalid={errors.weight ? true : undefined} aria-describedby={describedBy(id("weight"), errors.weight, true)} />
      </Field>
      <Field id={id("desc")} label="Mô tả, gợi ý chấm" error={errors.description} className="sm:col-span-4">
        <Textarea id={id("desc")} rows={2} value={values.description} onChange={set("description")} maxLength={CRITERION_DESCRIPTION_MAX} aria-invalid={errors.description ? true : undefined} aria-describedby={describedBy(id("desc"), errors.description)} />
      </Field>
      <div className="flex flex-wrap gap-2 sm:col-span-4">
        <Button type="submit" disabled={pending}>
          {pending ? "Đang lưu…" : criterion ? "Lưu tiêu chí" : "Thêm tiêu chí"}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Huỷ
          </Button>
        )}
      </div>
    </form>
  );
}

/** The round's rubric: read-only once frozen (first score saved) or closed; else edit, add, reorder, remove. */
export function RubricEditor({ roundId, criteria, editable }: { roundId: string; criteria: CriterionRow[]; editable: boolean }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const total = criteria.reduce((s, c) => s + c.maxPoints, 0);
  return (
    <div className="flex flex-col gap-3">
      {notice && <Alert tone="success">{notice}</Alert>}
      <ol className="flex flex-col gap-2">
        {criteria.map((c, i) => (
          <li key={c.id} className="rounded-md border border-slate-200 bg-white p-3" data-criterion={c.id}>
            {editing === c.id ? (
              <CriterionForm
                roundId={roundId}
                criterion={c}
                idPrefix={`c-${c.id}`}
                onDone={(m) => {
                  setEditing(null);
                  setNotice(m);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">
                    {i + 1}. {c.name}
                  </p>
                  <p className="text-sm text-slate-700">
                    Tối đa {formatPoints(c.maxPoints)} điểm{c.weight != null && ` · trọng số ${formatPoints(c.weight)}`}
                  </p>
                  {c.description && <p className="text-sm text-slate-600">{c.description}</p>}
                </div>
                {editable && (
                  <div className="flex flex-wrap gap-1">
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setNotice(null);
                        setEditing(c.id);
                      }}
                      aria-label={`Sửa tiêu chí ${c.name}`}
                    >
                      Sửa
                    </Button>
                    {i > 0 && <ActionButton action={moveCriterionAction} input={{ roundId, criterionId: c.id, direction: "up" }} label="↑" aria-label={`Đưa tiêu chí ${c.name} lên trên`} variant="ghost" />}
                    {i < criteria.length - 1 && (
                      <ActionButton action={moveCriterionAction} input={{ roundId, criterionId: c.id, direction: "down" }} label="↓" aria-label={`Đưa tiêu chí ${c.name} xuống dưới`} variant="ghost" />
                    )}
                    <ActionButton
                      action={removeCriterionAction}
                      input={{ roundId, criterionId: c.id }}
                      label="Xoá"
                      aria-label={`Xoá tiêu chí ${c.name}`}
                      variant="ghost"
                      confirm={{ title: `Xoá tiêu chí “${c.name}”?`, confirmLabel: "Xoá tiêu chí", tone: "danger" }}
                    />
                  </div>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-800">
        {criteria.length} tiêu chí, tổng điểm tối đa {formatPoints(total)}.
      </p>
      {editable && (
        <details className="rounded-md border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-semibold text-brand-800">Thêm tiêu chí</summary>
          <div className="mt-3">
            <CriterionForm roundId={roundId} idPrefix="c-new" />
          </div>
        </details>
      )}
    </div>
  );
}
