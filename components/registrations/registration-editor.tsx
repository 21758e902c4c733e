"use client";

import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { usePathname } from "next/navigation";
import dynamic from "next/dynamic";
import { useEffect, useMemo, useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import {
  requestIndividualConfirmationAction,
  saveIndividualRegistrationAction,
  saveUnitRegistrationAction,
  submitUnitRegistrationAction,
} from "@/lib/registrations/actions";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS, OWNER_TYPE_LABELS } from "@/lib/registrations/labels";
import { lazyZodResolver } from "@/components/ui/lazy-validation";
import { INITIATIVE_TYPES } from "@/lib/registrations/form-constants";
import type { ComboboxOption } from "@/components/ui/combobox";
import type { ReplicableModelOption } from "./replicated-model-field";
import type {
  CampaignFormRules,
  InitiativeRowInput,
  RegistrationForm,
  RegistrationFormInput,
} from "@/lib/registrations/schemas";

type SavedRow = InitiativeRowInput & { initiativeId: string };

export interface RegistrationEditorProps {
  mode: "UNIT" | "INDIVIDUAL";
  campaignId: string;
  unitId: string;
  registrationId: string | null;
  lockVersion: number;
  fields: { id: string; name: string; sortOrder: number }[];
  rules: CampaignFormRules;
  initialRows: SavedRow[];
  /** Issue 13: recognised models a row may adopt ("nhân rộng"). */
  replicableModels?: ReplicableModelOption[];
  /** Rows (by initiative id) that cannot be removed, with the reason shown instead of the button. */
  removalBlocked?: Record<string, string>;
  /** UNIT mode: the user is a head of the unit (may confirm and submit). */
  canSubmit: boolean;
  /** INDIVIDUAL mode: the form may be sent to the head now (draft or returned). */
  canRequestConfirmation: boolean;
  /** The registration deadline has passed: a submission now is late. */
  deadlinePassed: boolean;
  deadlineText: string | null;
  /** INDIVIDUAL mode: the user's full name, prefilled as the owner. */
  defaultOwnerNames: string;
}

const dmy = (v: string) => (v ? `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}` : "");


// The searchable picker (cmdk, Radix) loads after the page: most rows adopt no model, and the Mẫu 1 page's
// first load stays small. Until it arrives, a disabled box of the same size holds its place.
const ReplicatedModelField = dynamic(() => import("./replicated-model-field").then((m) => m.ReplicatedModelField), {
  ssr: false,
  loading: () => (
    <div aria-hidden="true" className="flex min-h-10 w-full items-center rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-600">
      Đang tải danh sách mô hình…
    </div>
  ),
});

/** The editable Mẫu 1: one block per reform field, rows added in each block; save, submit or send. */
export function RegistrationEditor(props: RegistrationEditorProps) {
  const { mode, fields, rules } = props;
  const pathname = usePathname();
  // zod and the schema are loaded at the first check (a save, a submission), not with the page.
  // Once for the form, not per row and render: each picker folds its options' texts for the search.
  const modelOptions = useMemo<ComboboxOption[]>(() => (props.replicableModels ?? []).map((m) => ({ value: m.id, label: m.title, hint: m.unitName })), [props.replicableModels]);
  const resolver = useMemo(() => lazyZodResolver<RegistrationFormInput, RegistrationForm>(() => import("@/lib/registrations/schemas").then((m) => m.registrationFormSchema(rules))), [rules]);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState<null | "save" | "submit">(null);

  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors, isDirty },
  } = useForm<RegistrationFormInput, unknown, RegistrationForm>({
    resolver,
    defaultValues: {
      campaignId: props.campaignId,
      unitId: props.unitId,
      registrationId: props.registrationId,
      lockVersion: props.lockVersion,
      rows: props.initialRows,
      confirmed: false,
    },
  });
  const { fields: rowFields, append, remove } = useFieldArray({ control, name: "rows" });

  // Warn before leaving the page with unsaved rows: reload/close, and the portal's own links.
  useLeaveGuard(isDirty);

  // A newer version of the draft saved elsewhere (an Excel import, then the page refreshed) replaces what
  // the editor shows. The editor's own saves do not: it already holds what it saved (and its message).
  const { lockVersion: serverLockVersion, registrationId: serverRegistrationId, initialRows } = props;
  useEffect(() => {
    if (serverLockVersion > (getValues("lockVersion") ?? 0)) {
      reset({ ...getValues(), registrationId: serverRegistrationId, lockVersion: serverLockVersion, rows: initialRows, confirmed: false });
    }
  }, [serverLockVersion, serverRegistrationId, initialRows, getValues, reset]);

  const levels = rules.levels;
  const newRow = (fieldId: string): InitiativeRowInput => ({
    initiativeId: null,
    fieldId,
    content: "",
    type: "SOLUTION",
    ownerType: mode === "INDIVIDUAL" ? "INDIVIDUALS" : "UNIT",
    ownerNames: mode === "INDIVIDUAL" ? props.defaultOwnerNames : "",
    expectedCompletion: "",
    note: "",
    level: levels.length === 1 ? levels[0] : ("" as never),
    replicatesModelId: "",
  });

  function showServerErrors(res: Extract<ActionResult<unknown>, { ok: false }>) {
    setServerFieldErrors(setError, res.fieldErrors, { accept: (key) => key.startsWith("rows.") || key === "confirmed", focusFirst: true });
    setMessage({ tone: "error", text: res.error });
  }

  const run = (kind: "save" | "submit") =>
    handleSubmit(
      async (values) => {
        setMessage(null);
        if (kind === "submit" && mode === "UNIT" && !values.confirmed) {
          setError("confirmed", { type: "manual", message: "Vui lòng đánh dấu ô xác nhận của trưởng đơn vị trước khi nộp." });
          return;
        }
        setBusy(kind);
        try {
          if (kind === "save") {
            const res = await (mode === "UNIT" ? saveUnitRegistrationAction(values) : saveIndividualRegistrationAction(values));
            if (!res.ok) return showServerErrors(res);
            reset({ ...values, registrationId: res.data.registrationId, lockVersion: res.data.lockVersion, rows: res.data.rows, confirmed: false });
            setMessage({ tone: "success", text: `${res.message ?? "Đã lưu nháp."} Có ${res.data.rows.length} nội dung đăng ký.` });
            // No router.refresh(): the action revalidated the page, so its answer already carries the page re-rendered.
            return;
          }
          if (mode === "UNIT") {
            const res = await submitUnitRegistrationAction(values);
            if (!res.ok) return showServerErrors(res);
            reset({ ...values, registrationId: res.data.registrationId, lockVersion: res.data.lockVersion, rows: res.data.rows, confirmed: false });
            // The action's answer already re-rendered the page (the submitted form); the URL records the
            // confirmation (JustSubmittedAlert reads ?nop=) without asking the server for the page again.
            // Next.js keeps its router in step with history.replaceState; the message takes the focus.
            window.history.replaceState(null, "", `${pathname}?unit=${encodeURIComponent(props.unitId)}&nop=${res.data.versionNo}`);
            return;
          }
          const res = await requestIndividualConfirmationAction(values);
          if (!res.ok) return showServerErrors(res);
          reset({ ...values, registrationId: res.data.registrationId, lockVersion: res.data.lockVersion, rows: res.data.rows, confirmed: false });
          // As for the unit's submission: the answer already re-rendered the page (the form waiting for
          // confirmation); the URL records the message (AwaitingConfirmationAlert reads ?gui=1).
          window.history.replaceState(null, "", `${pathname}?unit=${encodeURIComponent(props.unitId)}&gui=1`);
        } finally {
          setBusy(null);
        }
      },
      () => setMessage({ tone: "error", text: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu." }),
    );

  const rowsByField = new Map<string, { key: string; index: number }[]>();
  rowFields.forEach((rf, index) => {
    rowsByField.set(rf.fieldId, [...(rowsByField.get(rf.fieldId) ?? []), { key: rf.id, index }]);
  });
  const watchedRows = useWatch({ control, name: "rows" });
  const rowsError = errors.rows?.root?.message ?? errors.rows?.message;
  const rangeHint = `Trong thời gian của kế hoạch: từ ${dmy(rules.startsOn)} đến ${dmy(rules.endsOn)}.`;

  return (
    <form noValidate onSubmit={run("save")} className="flex flex-col gap-6" aria-label={mode === "UNIT" ? "Mẫu 1 của đơn vị" : "Đăng ký cá nhân"}>
      {fields.map((f, fi) => {
        const list = rowsByField.get(f.id) ?? [];
        const headingId = `field-${f.id}`;
        return (
          <section key={f.id} aria-labelledby={headingId} className="rounded-md border border-slate-300 bg-white" data-field-block={f.name}>
            <h2 id={headingId} className="border-b border-slate-200 bg-slate-50 px-4 py-2 text-base font-semibold">
              {fi + 1}. {f.name}
            </h2>
            <div className="flex flex-col gap-4 p-4">
              {list.length === 0 && <p className="text-sm italic text-slate-600">Chưa đăng ký nội dung nào trong lĩnh vực này.</p>}
              {list.map(({ key, index }, n) => {
                const e = errors.rows?.[index];
                const id = (name: string) => `rows-${index}-${name}`;
                const ownerType = watchedRows?.[index]?.ownerType;
                const savedId = watchedRows?.[index]?.initiativeId;
                const blockedReason = savedId ? props.removalBlocked?.[savedId] : undefined;
                return (
                  <fieldset key={key} className="rounded-md border border-slate-200 p-3" data-row>
                    <legend className="px-1 text-sm font-semibold text-slate-800">Nội dung {n + 1}</legend>
                    <div className="grid gap-3 md:grid-cols-2">
                      <Field id={id("content")} label="Nội dung đăng ký" required error={e?.content?.message} className="md:col-span-2" hint="Tối đa 2.000 ký tự.">
                        <Textarea
                          id={id("content")}
                          rows={3}
                          aria-invalid={!!e?.content}
                          aria-describedby={describedBy(id("content"), e?.content?.message, true)}
                          {...register(`rows.${index}.content`)}
                        />
                      </Field>
                      <Field id={id("type")} label="Loại" required error={e?.type?.message}>
                        <Select id={id("type")} aria-invalid={!!e?.type} aria-describedby={describedBy(id("type"), e?.type?.message)} {...register(`rows.${index}.type`)}>
                          {INITIATIVE_TYPES.map((t) => (
                            <option key={t} value={t}>
                              {INITIATIVE_TYPE_LABELS[t]}
                            </option>
                          ))}
                        </Select>
                      </Field>
                      <Field id={id("level")} label="Cấp đăng ký" required error={e?.level?.message}>
                        <Select id={id("level")} aria-invalid={!!e?.level} aria-describedby={describedBy(id("level"), e?.level?.message)} {...register(`rows.${index}.level`)}>
                          {levels.length !== 1 && <option value="">— Chọn cấp —</option>}
                          {levels.map((l) => (
                            <option key={l} value={l}>
                              {LEVEL_LABELS[l]}
                            </option>
                          ))}
                        </Select>
                      </Field>
                      {mode === "UNIT" ? (
                        <fieldset className="flex flex-col gap-1">
                          <legend className="text-sm font-medium text-slate-900">Chủ trì</legend>
                          <div className="flex flex-wrap gap-4 pt-1">
                            {(["UNIT", "INDIVIDUALS"] as const).map((o) => (
                              <label key={o} className="inline-flex min-h-10 items-center gap-2 text-sm">
                                <input type="radio" value={o} className="h-4 w-4" {...register(`rows.${index}.ownerType`)} />
                                {OWNER_TYPE_LABELS[o]}
                              </label>
                            ))}
                          </div>
                        </fieldset>
                      ) : (
                        <p className="text-sm text-slate-700">
                          <span className="font-medium text-slate-900">Chủ trì:</span> {OWNER_TYPE_LABELS.INDIVIDUALS}
                        </p>
                      )}
                      {ownerType === "INDIVIDUALS" ? (
                        <Field id={id("ownerNames")} label="Họ tên cá nhân chủ trì" required error={e?.ownerNames?.message} hint="Nhiều người: cách nhau bằng dấu phẩy.">
                          <Input
                            id={id("ownerNames")}
                            aria-invalid={!!e?.ownerNames}
                            aria-describedby={describedBy(id("ownerNames"), e?.ownerNames?.message, true)}
                            {...register(`rows.${index}.ownerNames`)}
                          />
                        </Field>
                      ) : (
                        <div className="hidden md:block" />
                      )}
                      <Field id={id("expectedCompletion")} label="Dự kiến tiến độ hoàn thành" required error={e?.expectedCompletion?.message} hint={rangeHint}>
                        <DateInput
                          control={control}
                          name={`rows.${index}.expectedCompletion`}
                          id={id("expectedCompletion")}
                          aria-invalid={!!e?.expectedCompletion}
                          aria-describedby={describedBy(id("expectedCompletion"), e?.expectedCompletion?.message, true)}
                        />
                      </Field>
                      {modelOptions.length > 0 && (
                        <Field
                          id={id("replicates")}
                          label="Nhân rộng mô hình đã được công nhận (nếu có)"
                          error={e?.replicatesModelId?.message}
                          hint="Chọn khi nội dung này là áp dụng một mô hình trong thư viện điển hình; để trống nếu là nội dung mới."
                          className="min-w-0 md:col-span-2"
                        >
                          <ReplicatedModelField
                            id={id("replicates")}
                            control={control}
                            index={index}
                            options={modelOptions}
                            invalid={!!e?.replicatesModelId}
                            describedBy={describedBy(id("replicates"), e?.replicatesModelId?.message, true)}
                          />
                        </Field>
                      )}
                      <Field id={id("note")} label="Ghi chú" error={e?.note?.message}>
                        <Textarea id={id("note")} rows={2} aria-invalid={!!e?.note} aria-describedby={describedBy(id("note"), e?.note?.message)} {...register(`rows.${index}.note`)} />
                      </Field>
                      {e?.fieldId?.message && (
                        <p className="text-sm text-red-700 md:col-span-2" data-field-error>
                          {e.fieldId.message}
                        </p>
                      )}
                    </div>
                    <div className="mt-3 flex justify-end">
                      {blockedReason ? (
                        <p className="max-w-prose text-right text-sm text-slate-700">{blockedReason}</p>
                      ) : (
                        <Button variant="ghost" onClick={() => remove(index)} aria-label={`Xoá nội dung ${n + 1} của lĩnh vực ${f.name}`}>
                          Xoá nội dung này
                        </Button>
                      )}
                    </div>
                  </fieldset>
                );
              })}
              <div>
                <Button
                  variant="secondary"
                  onClick={() => append(newRow(f.id), { focusName: `rows.${getValues("rows").length}.content` })}
                  aria-label={`Thêm nội dung vào lĩnh vực ${f.name}`}
                >
                  + Thêm nội dung
                </Button>
              </div>
            </div>
          </section>
        );
      })}

      {mode === "UNIT" && props.canSubmit && props.deadlinePassed && (
        <Alert tone="warning" title="Đã quá hạn nộp">
          Hạn nộp Mẫu 1 là {props.deadlineText}. Bạn vẫn nộp được, nhưng Mẫu 1 sẽ được ghi nhận <strong>nộp trễ hạn</strong>.
        </Alert>
      )}

      <div className="-mx-4 flex flex-col gap-3 border-t border-slate-300 bg-white px-4 py-3 md:sticky md:bottom-0 md:z-10 md:bg-white/95 md:backdrop-blur">
        {rowsError && (
          <Alert tone="error" className="w-full">
            {rowsError}
          </Alert>
        )}
        {message && (
          <Alert tone={message.tone} className="w-full">
            {message.text}
          </Alert>
        )}
        {isDirty && !message && <p className="text-sm text-amber-900">Có thay đổi chưa lưu.</p>}

        {mode === "UNIT" && props.canSubmit && (
          <div className="flex flex-col gap-2">
            <label className="inline-flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5 h-4 w-4"
                aria-invalid={!!errors.confirmed}
                aria-describedby={errors.confirmed ? "confirmed-error" : undefined}
                {...register("confirmed")}
              />
              <span>Tôi xác nhận nội dung đăng ký (Xác nhận của trưởng đơn vị)</span>
            </label>
            {errors.confirmed?.message && (
              <p id="confirmed-error" className="text-sm text-red-700" data-field-error>
                {errors.confirmed.message}
              </p>
            )}
          </div>
        )}
        {mode === "UNIT" && !props.canSubmit && <p className="text-sm text-slate-700">Chỉ trưởng đơn vị mới được xác nhận và nộp.</p>}

        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" disabled={busy !== null}>
            {busy === "save" ? "Đang lưu…" : "Lưu nháp"}
          </Button>
          {mode === "UNIT" && props.canSubmit && (
            <Button onClick={run("submit")} disabled={busy !== null}>
              {busy === "submit" ? "Đang nộp…" : "Xác nhận và nộp"}
            </Button>
          )}
          {mode === "INDIVIDUAL" && props.canRequestConfirmation && (
            <Button onClick={run("submit")} disabled={busy !== null}>
              {busy === "submit" ? "Đang gửi…" : "Gửi trưởng đơn vị xác nhận"}
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
