"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { Field, Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { addItemsAction, addItemsByRuleAction, addPairAction } from "@/lib/appraisal/rounds/actions";
import { INCLUSION_LABELS, ITEM_RULES } from "@/lib/appraisal/rounds/schemas";
import { ActionButton } from "./action-button";

/** "Thêm theo quy tắc": one button per rule. */
export function AddByRuleButtons({ roundId }: { roundId: string }) {
  return (
    <ul className="flex flex-col gap-2">
      {ITEM_RULES.map((rule) => (
        <li key={rule}>
          <ActionButton action={addItemsByRuleAction} input={{ roundId, rule }} label={`Thêm: ${INCLUSION_LABELS[rule].replace(/^Tất cả /, "tất cả ")}`} pendingLabel="Đang thêm…" className="block [&>button]:h-auto [&>button]:text-left" />
        </li>
      ))}
    </ul>
  );
}

/** A picker and a button: one choice from a searchable list, sent with the round's id. */
function PickAndAdd({
  id,
  label,
  hint,
  options,
  placeholder,
  required,
  send,
  field,
  button,
}: {
  id: string;
  label: string;
  hint?: string;
  options: { value: string; label: string; hint?: string }[];
  placeholder: string;
  required: string;
  send: (value: string) => Promise<ActionResult<unknown>>;
  field: string;
  button: string;
}) {
  const [pending, start] = useTransition();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    if (!value) {
      setError(required);
      return;
    }
    start(async () => {
      const res = await send(value);
      if (res.ok) {
        setError(null);
        setValue("");
        setMessage({ ok: true, text: res.message ?? "Đã thêm." });
      } else {
        setError(res.fieldErrors?.[field] ?? null);
        setMessage({ ok: false, text: res.error });
      }
    });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <Field id={id} label={label} hint={hint} error={error ?? undefined} className="min-w-0 flex-1">
          <Combobox
            id={id}
            options={options}
            value={value}
            onChange={setValue}
            placeholder={placeholder}
            searchLabel="Tìm kiếm"
            notFoundText="Không tìm thấy."
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
          />
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang thêm…" : button}
        </Button>
      </div>
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
    </form>
  );
}

export function AddItemForm({ roundId, candidates }: { roundId: string; candidates: { id: string; content: string; unitName: string; level: string }[] }) {
  return (
    <PickAndAdd
      id="item-pick"
      label="Chọn nội dung"
      hint="Nội dung của kế hoạch này có Mẫu 1 đã nộp hoặc đã tiếp nhận, chưa có trong đợt."
      options={candidates.map((c) => ({ value: c.id, label: c.content, hint: `${c.unitName} · ${c.level}` }))}
      placeholder="Chọn một nội dung"
      required="Vui lòng chọn nội dung."
      field="initiativeIds"
      button="Thêm vào đợt"
      send={(v) => addItemsAction({ roundId, initiativeIds: [v] })}
    />
  );
}

/** A pair made by hand: an item of the round and an active member of the panel. */
export function AddPairForm({ roundId, items, evaluators }: { roundId: string; items: { id: string; label: string; unitName: string }[]; evaluators: { id: string; fullName: string; unitName: string }[] }) {
  const [pending, start] = useTransition();
  const [itemId, setItemId] = useState("");
  const [evaluatorId, setEvaluatorId] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const local: Record<string, string> = {};
    if (!itemId) local.itemId = "Vui lòng chọn nội dung.";
    if (!evaluatorId) local.evaluatorId = "Vui lòng chọn người chấm.";
    setErrors(local);
    if (Object.keys(local).length) return;
    start(async () => {
      const res = await addPairAction({ roundId, itemId, evaluatorId });
      if (res.ok) {
        setMessage({ ok: true, text: res.message ?? "Đã phân công." });
      } else {
        setErrors(res.fieldErrors ?? {});
        setMessage({ ok: false, text: res.error });
      }
    });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <div className="grid gap-2 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <Field id="pair-item" label="Nội dung" error={errors.itemId}>
          <Combobox
            id="pair-item"
            options={items.map((i) => ({ value: i.id, label: i.label, hint: i.unitName }))}
            value={itemId}
            onChange={setItemId}
            placeholder="Chọn nội dung"
            searchLabel="Tìm nội dung"
            notFoundText="Không tìm thấy."
            aria-invalid={errors.itemId ? true : undefined}
            aria-describedby={errors.itemId ? "pair-item-error" : undefined}
          />
        </Field>
        <Field id="pair-ev" label="Người chấm" error={errors.evaluatorId}>
          <Select id="pair-ev" value={evaluatorId} onChange={(e) => setEvaluatorId(e.target.value)} aria-invalid={errors.evaluatorId ? true : undefined} aria-describedby={errors.evaluatorId ? "pair-ev-error" : undefined}>
            <option value="">— Chọn người chấm —</option>
            {evaluators.map((e) => (
              <option key={e.id} value={e.id}>
                {e.fullName} ({e.unitName})
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang phân công…" : "Phân công"}
        </Button>
      </div>
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
    </form>
  );
}
