"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import type { ActionResult } from "@/lib/actions/result";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { saveReportDraftAction, submitReportAction } from "@/lib/reports/actions";
import { PROGRESS_LABELS } from "@/lib/reports/labels";
import type { EditorPart } from "@/lib/reports/queries";
import type { MauHaiRow } from "@/lib/reports/rules";
import { reportFormSchema, type ReportForm, type ReportFormInput } from "@/lib/reports/schemas";

export interface ReportEditorProps {
  campaignId: string;
  unitId: string;
  unitName: string;
  phase: "MIDTERM" | "FINAL";
  phaseName: string; // "báo cáo sơ kết"
  reportId: string | null;
  lockVersion: number;
  table: MauHaiRow[];
  registered: Record<string, number>;
  sections: { situation: string; currentState: string; strengths: string; limitations: string; lessons: string };
  parts: EditorPart[];
  /** The user is a head of the unit (may confirm and submit). */
  canSubmit: boolean;
  /** Null when the window is open; else why submitting waits (drafting is allowed). */
  notOpenMessage: string | null;
  deadlinePassed: boolean;
  deadlineText: string | null;
}

type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "invalid" }
  | { kind: "error"; message: string }
  | { kind: "blocked"; message: string };

const AUTOSAVE_MS = 1500;

const hhmm = (iso: string) =>
  new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));

const SECTION_FIELDS = {
  situation: { label: "I. Đặc điểm tình hình", hint: "Đặc điểm của đơn vị: chức năng, nhiệm vụ, nhân sự, địa bàn, khối lượng công việc." },
  currentState: { label: "II. Thực trạng tại cơ quan, đơn vị", hint: "Thực trạng trước khi áp dụng mô hình, giải pháp; những vấn đề cần giải quyết." },
  strengths: { label: "1. Ưu điểm", hint: undefined },
  limitations: { label: "2. Hạn chế", hint: undefined },
  lessons: { label: "3. Bài học kinh nghiệm", hint: undefined },
} as const;
type SectionKey = keyof typeof SECTION_FIELDS;

/**
 * The unit's Mẫu 2 + Đề cương editor. Drafts save themselves ~1.5 s after typing stops (and with
 * "Lưu nháp"); the state is announced in a live region. A conflict (someone else saved first) or a
 * refusal stops autosaving and keeps the user's text on screen. Only the head confirms and submits.
 */
export function ReportEditor(props: ReportEditorProps) {
  const router = useRouter();
  const pathname = usePathname();
  const schema = useMemo(() => reportFormSchema(props.registered), [props.registered]);
  const ids = useRef({ reportId: props.reportId, lockVersion: props.lockVersion });
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [message, setMessage] = useState<{ tone: "success" | "error" | "warning"; text: string } | null>(null);
  const [busy, setBusy] = useState<null | "save" | "submit">(null);
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);
  // Set once hydrated: typing before that would not reach the autosave (tests wait for it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const form = useForm<ReportFormInput, unknown, ReportForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      campaignId: props.campaignId,
      unitId: props.unitId,
      phase: props.phase,
      reportId: props.reportId,
      lockVersion: props.lockVersion,
      ...props.sections,
      fieldRows: props.table.map((r) => ({ fieldId: r.fieldId, completedOverride: r.completedOverride, overrideNote: r.overrideNote ?? "", note: r.note ?? "" })),
      parts: props.parts.map((p) => ({ initiativeId: p.initiativeId, summary: p.summary, results: p.results })),
      confirmed: false,
    },
  });
  const { register, control, setValue, setError, clearErrors, getValues, formState } = form;
  const { errors } = formState;
  const rows = useWatch({ control, name: "fieldRows" });
  const partValues = useWatch({ control, name: "parts" });

  const showServerErrors = useCallback(
    (res: Extract<ActionResult<unknown>, { ok: false }>, focus: boolean) => {
      setServerFieldErrors(setError, res.fieldErrors, {
        accept: (k) => k in SECTION_FIELDS || k === "confirmed" || k.startsWith("fieldRows.") || k.startsWith("parts."),
        focusFirst: focus,
      });
    },
    [setError],
  );

  /** Saves the current values (autosave or "Lưu nháp"); resolves true when everything typed so far is saved. */
  const save = useCallback(async (): Promise<boolean> => {
    if (blocked.current) return false;
    if (inflight.current) await inflight.current;
    if (blocked.current) return false;
    const seq = changeSeq.current;
    if (seq === savedSeq.current && ids.current.reportId) return true;
    const parsed = schema.safeParse(getValues());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) setError(issue.path.join(".") as Path<ReportFormInput>, { type: "validate", message: issue.message });
      setState({ kind: "invalid" });
      return false;
    }
    setState({ kind: "saving" });
    const wasNew = !ids.current.reportId;
    const run = (async () => {
      const res = await saveReportDraftAction({ ...parsed.data, ...ids.current, confirmed: false });
      if (res.ok) {
        ids.current = { reportId: res.data.reportId, lockVersion: res.data.lockVersion };
        savedSeq.current = seq;
        clearErrors(["situation", "currentState", "strengths", "limitations", "lessons", "fieldRows", "parts"]);
        setState({ kind: "saved", at: res.data.savedAt });
        // The page shows the evidence panel once the report exists.
        if (wasNew) router.refresh();
        return true;
      }
      showServerErrors(res, false);
      if (res.code === "CONFLICT" || res.code === "RULE" || res.code === "NOT_FOUND" || res.code === "UNAUTHENTICATED") {
        blocked.current = true;
        setState({ kind: "blocked", message: res.error });
      } else {
        setState({ kind: "error", message: res.error });
      }
      return false;
    })();
    inflight.current = run;
    try {
      return await run;
    } finally {
      inflight.current = null;
    }
  }, [schema, getValues, setError, clearErrors, showServerErrors, router]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void save().then((ok) => {
        // Typing continued during the save: save again after the next pause.
        if (ok && !blocked.current && changeSeq.current !== savedSeq.current) schedule();
      });
    }, AUTOSAVE_MS);
  }, [save]);

  useEffect(() => {
    const sub = form.watch((_values, info) => {
      if (!info.name || info.name === "confirmed") return;
      changeSeq.current++;
      if (!blocked.current) setState({ kind: "dirty" });
      schedule();
    });
    return () => {
      sub.unsubscribe();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [form, schedule]);

  // Warn before leaving with text not yet saved.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (changeSeq.current !== savedSeq.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);

  async function onSaveClick() {
    if (timer.current) clearTimeout(timer.current);
    setMessage(null);
    if (blocked.current) {
      setMessage({ tone: "error", text: state.kind === "blocked" ? state.message : "Không lưu được lúc này." });
      return;
    }
    setBusy("save");
    try {
      if (changeSeq.current === savedSeq.current && ids.current.reportId && !blocked.current) {
        setMessage({ tone: "success", text: "Không có thay đổi mới: bản nháp đã được lưu." });
        return;
      }
      const ok = await save();
      if (ok && changeSeq.current === savedSeq.current) setMessage({ tone: "success", text: "Đã lưu nháp." });
    } finally {
      setBusy(null);
    }
  }

  const onSubmit = form.handleSubmit(
    async (values) => {
      setMessage(null);
      if (!values.confirmed) {
        setError("confirmed", { type: "manual", message: "Vui lòng đánh dấu ô xác nhận của trưởng đơn vị trước khi nộp." }, { shouldFocus: true });
        return;
      }
      if (timer.current) clearTimeout(timer.current);
      if (inflight.current) await inflight.current;
      if (blocked.current) {
        setMessage({ tone: "error", text: state.kind === "blocked" ? state.message : "Không thể nộp lúc này." });
        return;
      }
      setBusy("submit");
      try {
        const res = await submitReportAction({ ...values, ...ids.current });
        if (!res.ok) {
          showServerErrors(res, true);
          setMessage({ tone: "error", text: res.error });
          if (res.code === "CONFLICT") {
            blocked.current = true;
            setState({ kind: "blocked", message: res.error });
          }
          return;
        }
        blocked.current = true;
        savedSeq.current = changeSeq.current;
        router.replace(`${pathname}?unit=${encodeURIComponent(props.unitId)}&nop=${res.data.versionNo}`);
      } finally {
        setBusy(null);
      }
    },
    () => setMessage({ tone: "error", text: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu." }),
  );

  const statusText = (() => {
    switch (state.kind) {
      case "idle":
        return props.reportId ? "Bản nháp đã lưu. Nội dung tự lưu sau khi bạn ngừng gõ." : "Chưa lưu. Nội dung tự lưu sau khi bạn ngừng gõ.";
      case "dirty":
        return "Có thay đổi chưa lưu…";
      case "saving":
        return "Đang lưu…";
      case "saved":
        return `Đã lưu lúc ${hhmm(state.at)}`;
      case "invalid":
        return "Chưa lưu: có ô chưa hợp lệ (xem các ô được đánh dấu).";
      case "error":
        return `Chưa lưu: ${state.message}`;
      case "blocked":
        return `Đã dừng tự lưu: ${state.message}`;
    }
  })();
  const statusTone = state.kind === "error" || state.kind === "blocked" || state.kind === "invalid" ? "text-red-800" : state.kind === "saved" ? "text-green-800" : "text-slate-700";

  const section = (key: SectionKey, rowsCount = 5) => {
    const f = SECTION_FIELDS[key];
    const err = errors[key]?.message;
    return (
      <Field id={`s-${key}`} label={f.label} hint={f.hint ?? "Bắt buộc khi nộp."} error={err} required>
        <Textarea
          id={`s-${key}`}
          rows={rowsCount}
          className="field-sizing-content min-h-28"
          aria-invalid={!!err}
          aria-describedby={describedBy(`s-${key}`, err, true)}
          {...register(key)}
        />
      </Field>
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} data-ready={ready ? "true" : undefined} className="flex flex-col gap-8" aria-label={`Mẫu 2 và Đề cương ${props.phaseName} của ${props.unitName}`}>
      {/* ------------------------------------------------------------ Mẫu 2 */}
      <section aria-labelledby="mau2-h" className="rounded-md border border-slate-300 bg-white">
        <h2 id="mau2-h" className="border-b border-slate-200 bg-slate-50 px-4 py-2 text-base font-semibold">
          Mẫu 2 – Số lượng theo lĩnh vực
        </h2>
        <p className="px-4 pt-3 text-sm text-slate-700">
          “Số lượng đăng ký” lấy từ Mẫu 1 đã được tiếp nhận (của đơn vị và của cá nhân trong đơn vị); “Số lượng hoàn thành” tính từ tiến độ các nội dung. Chỉ điều
          chỉnh số lượng hoàn thành khi cần, kèm lý do.
        </p>
        <div className="hidden grid-cols-[minmax(0,3fr)_7rem_minmax(0,3fr)_minmax(0,3fr)] gap-3 border-b border-slate-200 px-4 pb-2 pt-3 text-sm font-semibold md:grid" aria-hidden="true">
          <span>Lĩnh vực</span>
          <span className="text-center">Số lượng đăng ký</span>
          <span>Số lượng hoàn thành</span>
          <span>Ghi chú</span>
        </div>
        <ol className="divide-y divide-slate-200">
          {props.table.map((r, i) => {
            const value = rows?.[i]?.completedOverride;
            const overriding = value !== null && value !== undefined;
            const e = errors.fieldRows?.[i];
            const id = (n: string) => `fr-${i}-${n}`;
            return (
              <li key={r.fieldId} className="grid gap-3 px-4 py-3 md:grid-cols-[minmax(0,3fr)_7rem_minmax(0,3fr)_minmax(0,3fr)]" data-field-row={r.fieldName}>
                <p className="font-medium">
                  {i + 1}. {r.fieldName}
                </p>
                <p className="text-sm md:text-center">
                  <span className="md:sr-only">Số lượng đăng ký: </span>
                  <span className="font-semibold" data-registered>
                    {r.registered}
                  </span>
                </p>
                <div className="flex flex-col gap-2 text-sm">
                  <p>
                    <span className="md:sr-only">Số lượng hoàn thành: </span>
                    {overriding ? (
                      <span>Theo tiến độ: {r.computedCompleted}</span>
                    ) : (
                      <span className="font-semibold" data-completed>
                        {r.computedCompleted}
                      </span>
                    )}
                  </p>
                  <label className="inline-flex items-center gap-2">
                    <input
                      type="checkbox"
                      className="h-4 w-4"
                      checked={overriding}
                      onChange={(ev) =>
                        setValue(`fieldRows.${i}.completedOverride`, ev.target.checked ? r.computedCompleted : null, { shouldDirty: true, shouldValidate: false })
                      }
                    />
                    Điều chỉnh<span className="sr-only"> số lượng hoàn thành của lĩnh vực {r.fieldName}</span>
                  </label>
                  {overriding && (
                    <>
                      <Field id={id("ov")} label="Số lượng hoàn thành (điều chỉnh)" required error={e?.completedOverride?.message} hint={`Không lớn hơn ${r.registered}.`}>
                        <Input
                          id={id("ov")}
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={r.registered}
                          step={1}
                          className="w-28"
                          aria-invalid={!!e?.completedOverride}
                          aria-describedby={describedBy(id("ov"), e?.completedOverride?.message, true)}
                          {...register(`fieldRows.${i}.completedOverride`, {
                            setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : typeof v === "number" ? v : Number(v)),
                          })}
                        />
                      </Field>
                      <Field id={id("why")} label="Lý do điều chỉnh" required error={e?.overrideNote?.message}>
                        <Textarea
                          id={id("why")}
                          rows={2}
                          aria-invalid={!!e?.overrideNote}
                          aria-describedby={describedBy(id("why"), e?.overrideNote?.message)}
                          {...register(`fieldRows.${i}.overrideNote`)}
                        />
                      </Field>
                    </>
                  )}
                </div>
                <Field id={id("note")} label={<span className="md:sr-only">Ghi chú<span className="sr-only"> – {r.fieldName}</span></span>} error={e?.note?.message}>
                  <Textarea id={id("note")} rows={1} className="field-sizing-content min-h-10" aria-invalid={!!e?.note} aria-describedby={describedBy(id("note"), e?.note?.message)} {...register(`fieldRows.${i}.note`)} />
                </Field>
              </li>
            );
          })}
        </ol>
        <p className="border-t border-slate-200 px-4 py-2 text-sm">
          Tổng cộng: đăng ký <strong>{props.table.reduce((s, r) => s + r.registered, 0)}</strong>, hoàn thành theo tiến độ{" "}
          <strong>{props.table.reduce((s, r) => s + r.computedCompleted, 0)}</strong>.
        </p>
      </section>

      {/* ------------------------------------------------------------ Đề cương */}
      <section aria-labelledby="outline-h" className="flex flex-col gap-6 rounded-md border border-slate-300 bg-white p-4">
        <h2 id="outline-h" className="text-base font-semibold">
          Đề cương – Kết quả triển khai áp dụng mô hình, giải pháp
        </h2>
        {section("situation")}
        {section("currentState")}

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 text-sm font-semibold text-slate-900">III. Tóm tắt về mô hình, giải pháp</legend>
          {props.parts.length === 0 && (
            <p className="text-sm italic text-slate-700">Đơn vị chưa có mô hình, giải pháp nào trong Mẫu 1 đã được Bộ phận CCHC tiếp nhận.</p>
          )}
          {props.parts.map((p, i) => {
            const id = `p-${i}-summary`;
            const err = errors.parts?.[i]?.summary?.message;
            const current = partValues?.[i]?.summary ?? "";
            return (
              <div key={p.initiativeId} className="rounded-md border border-slate-200 p-3" data-part={p.content}>
                <Field
                  id={id}
                  label={
                    <>
                      {i + 1}. {p.content}
                    </>
                  }
                  hint={`${INITIATIVE_TYPE_LABELS[p.type]} · lĩnh vực ${p.fieldNo}. ${p.fieldName}${p.registeredBy ? ` · đăng ký cá nhân của ${p.registeredBy}` : ""}. Nội dung gợi ý lấy từ Mẫu 1; sửa tùy ý.`}
                  error={err}
                >
                  <Textarea id={id} rows={4} className="field-sizing-content min-h-24" aria-invalid={!!err} aria-describedby={describedBy(id, err, true)} {...register(`parts.${i}.summary`)} />
                </Field>
                {current.trim() !== p.summaryGenerated.trim() && (
                  <Button variant="ghost" className="mt-1" onClick={() => setValue(`parts.${i}.summary`, p.summaryGenerated, { shouldDirty: true })}>
                    Dùng lại nội dung gợi ý<span className="sr-only"> cho mục III.{i + 1}</span>
                  </Button>
                )}
              </div>
            );
          })}
        </fieldset>

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 text-sm font-semibold text-slate-900">IV. Kết quả đạt được sau khi áp dụng mô hình, giải pháp</legend>
          <p className="text-sm text-slate-700">Làm rõ những chuyển biến tích cực đối với từng mô hình, giải pháp; có dẫn chứng, số liệu cụ thể.</p>
          {props.parts.map((p, i) => {
            const id = `p-${i}-results`;
            const err = errors.parts?.[i]?.results?.message;
            const current = partValues?.[i]?.results ?? "";
            return (
              <div key={p.initiativeId} className="rounded-md border border-slate-200 p-3">
                <Field
                  id={id}
                  label={
                    <>
                      {i + 1}. {p.content}
                    </>
                  }
                  hint={`Tiến độ: ${PROGRESS_LABELS[p.progress as keyof typeof PROGRESS_LABELS] ?? p.progress} · ${p.figuresCount} số liệu kết quả. Nội dung gợi ý lấy từ tiến độ và số liệu; sửa tùy ý.`}
                  error={err}
                >
                  <Textarea id={id} rows={4} className="field-sizing-content min-h-24" aria-invalid={!!err} aria-describedby={describedBy(id, err, true)} {...register(`parts.${i}.results`)} />
                </Field>
                <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                  {current.trim() !== p.resultsGenerated.trim() && (
                    <Button variant="ghost" onClick={() => setValue(`parts.${i}.results`, p.resultsGenerated, { shouldDirty: true })}>
                      Dùng lại nội dung gợi ý<span className="sr-only"> cho mục IV.{i + 1}</span>
                    </Button>
                  )}
                  <Link href={`/initiatives/${p.initiativeId}`} className="text-brand-700 underline underline-offset-2">
                    Cập nhật tiến độ, số liệu, minh chứng<span className="sr-only"> của “{p.content}”</span>
                  </Link>
                  {p.evidence.length > 0 && (
                    <span className="text-slate-700">
                      Minh chứng:{" "}
                      {p.evidence.map((f, k) => (
                        <span key={f.id}>
                          {k > 0 && "; "}
                          <a href={`/api/evidence/${f.id}`} target="_blank" rel="noopener" className="text-brand-700 underline underline-offset-2">
                            {f.fileName}
                          </a>
                        </span>
                      ))}
                    </span>
                  )}
                </div>
              </div>
            );
          })}
        </fieldset>

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 text-sm font-semibold text-slate-900">V. Đánh giá chung</legend>
          {section("strengths", 3)}
          {section("limitations", 3)}
          {section("lessons", 3)}
        </fieldset>
      </section>

      {props.canSubmit && props.deadlinePassed && !props.notOpenMessage && (
        <Alert tone="warning" title="Đã quá hạn nộp">
          Hạn nộp {props.phaseName} là {props.deadlineText}. Bạn vẫn nộp được, nhưng báo cáo sẽ được ghi nhận <strong>nộp trễ hạn</strong>.
        </Alert>
      )}

      {/* ------------------------------------------------------------ actions */}
      <div className="-mx-4 flex flex-col gap-2 border-t border-slate-300 bg-white px-4 py-3 md:sticky md:bottom-0 md:z-10 md:bg-white/95 md:backdrop-blur">
        {state.kind === "blocked" && (
          <Alert tone="error">
            <p>Nội dung bạn đang gõ vẫn còn trên màn hình nhưng chưa được lưu. Hãy sao chép phần đã sửa, tải lại trang để xem bản mới nhất rồi nhập lại.</p>
            <Button variant="secondary" className="mt-2" onClick={() => window.location.reload()}>
              Tải lại trang
            </Button>
          </Alert>
        )}
        {message && (
          <Alert tone={message.tone} className="w-full">
            {message.text}
          </Alert>
        )}

        {props.canSubmit && !props.notOpenMessage && (
          <div className="flex flex-col gap-1">
            <label className="inline-flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5 h-4 w-4"
                aria-invalid={!!errors.confirmed}
                aria-describedby={errors.confirmed ? "confirmed-error" : undefined}
                {...register("confirmed")}
              />
              <span>
                <strong>Xác nhận của trưởng đơn vị:</strong> tôi xác nhận nội dung Mẫu 2 và Đề cương này
              </span>
            </label>
            {errors.confirmed?.message && (
              <p id="confirmed-error" className="text-sm text-red-700" data-field-error>
                {errors.confirmed.message}
              </p>
            )}
          </div>
        )}
        {!props.canSubmit && <p className="text-sm text-slate-700">Cán bộ soạn và lưu nháp; chỉ trưởng đơn vị mới được xác nhận và nộp.</p>}
        {props.notOpenMessage && <p className="text-sm text-slate-800">{props.notOpenMessage} Bạn vẫn soạn và lưu nháp được từ bây giờ.</p>}

        <div className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" onClick={onSaveClick} disabled={busy !== null}>
            {busy === "save" ? "Đang lưu…" : "Lưu nháp"}
          </Button>
          {props.canSubmit && !props.notOpenMessage && (
            <Button type="submit" disabled={busy !== null}>
              {busy === "submit" ? "Đang nộp…" : "Xác nhận và nộp"}
            </Button>
          )}
          <p role="status" aria-live="polite" className={`text-sm font-medium sm:ml-2 ${statusTone}`} data-testid="autosave-status">
            {statusText}
          </p>
        </div>
      </div>
    </form>
  );
}
