"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import type { ActionResult } from "@/lib/actions/result";
import type { ReportPhase } from "@/lib/generated/prisma/enums";
import { generateSummaryDraftAction, saveSummaryAction, submitSummaryAction } from "@/lib/summary/actions";
import { GENERAL_ASSESSMENT_HEADING, GENERATED_SECTIONS, SECTION_HEADINGS, SECTION_HINTS, SECTION_MAX, type SectionKey, type Sections } from "@/lib/summary/rules";
import { summaryFormSchema, type SummaryFormValues } from "@/lib/summary/schemas";

interface Props {
  campaignId: string;
  phase: ReportPhase;
  phaseName: string; // "báo cáo sơ kết"
  lockVersion: number;
  sections: Sections;
  /** Null: may submit; otherwise why not (window not open, no milestone, campaign closed). */
  submitBlocked: string | null;
  addressee: string | null;
}

const SECTION_NUMBERS: Record<SectionKey, string> = {
  situation: "I",
  currentState: "II",
  highlights: "III",
  results: "IV",
  strengths: "V.1",
  limitations: "V.2",
  lessons: "V.3",
  proposals: "VI",
};

const ORDER: SectionKey[] = ["situation", "currentState", "highlights", "results", "strengths", "limitations", "lessons", "proposals"];

/**
 * The office's narrative (sections I–VI). "Tạo bản thảo từ báo cáo các đơn vị" fills sections I–V in
 * the form (nothing is saved until "Lưu"); when they already hold text the office confirms first.
 * "Gửi" saves what is shown and submits it in one step. Every write names the lockVersion it read.
 */
export function NarrativeEditor(props: Props) {
  const confirm = useConfirm();
  const [lockVersion, setLockVersion] = useState(props.lockVersion);
  const [busy, setBusy] = useState<null | "generate" | "save" | "submit">(null);
  const [message, setMessage] = useState<{ tone: "success" | "error" | "info"; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const form = useForm<SummaryFormValues, unknown, SummaryFormValues>({
    resolver: zodResolver(summaryFormSchema) as never,
    defaultValues: { sections: props.sections },
  });
  const {
    register,
    handleSubmit,
    reset,
    setError,
    getValues,
    setValue,
    formState: { errors, isDirty },
  } = form;

  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isDirty]);

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  function showError(res: Extract<ActionResult<unknown>, { ok: false }>) {
    setServerFieldErrors(setError, res.fieldErrors, { accept: (k) => k.startsWith("sections."), focusFirst: true });
    setMessage({ tone: "error", text: res.error });
  }

  async function generate() {
    const current = getValues("sections");
    const filled = GENERATED_SECTIONS.filter((k) => current[k]?.trim());
    if (
      filled.length > 0 &&
      !(await confirm({
        title: "Thay các mục I–V bằng bản thảo?",
        description: `Các mục ${filled.map((k) => SECTION_NUMBERS[k]).join(", ")} đang có nội dung; chúng được thay bằng bản thảo tạo từ báo cáo các đơn vị. Mục VI giữ nguyên; bản thảo chỉ được lưu khi bạn bấm “Lưu”.`,
        confirmLabel: "Thay bằng bản thảo",
        tone: "danger",
      }))
    ) {
      return;
    }
    setBusy("generate");
    setMessage(null);
    try {
      const res = await generateSummaryDraftAction({ campaignId: props.campaignId, phase: props.phase });
      if (!res.ok) return showError(res);
      for (const k of res.data.generatedSections) {
        const text = (res.data.sections as Record<string, string>)[k] ?? "";
        setValue(`sections.${k}`, text, { shouldDirty: true });
      }
      setMessage({ tone: "info", text: res.message ?? "Đã tạo bản thảo." });
    } finally {
      setBusy(null);
    }
  }

  const save = handleSubmit(async (values) => {
    setBusy("save");
    setMessage(null);
    try {
      const res = await saveSummaryAction({ campaignId: props.campaignId, phase: props.phase, lockVersion, sections: values.sections });
      if (!res.ok) return showError(res);
      setLockVersion(res.data.lockVersion);
      reset({ sections: values.sections });
      const at = new Date(res.data.savedAt).toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Ho_Chi_Minh" });
      setMessage({ tone: "success", text: `Đã lưu lúc ${at}.` });
    } finally {
      setBusy(null);
    }
  });

  const submit = handleSubmit(async (values) => {
    const ok = await confirm(
      props.addressee
        ? {
            title: `Gửi ${props.phaseName} tới ${props.addressee}?`,
            description: "Sau khi gửi, báo cáo không sửa được nữa, trừ khi cấp trên trả lại.",
            confirmLabel: `Gửi ${props.addressee}`,
          }
        : {
            title: `Hoàn tất ${props.phaseName}?`,
            description: "Kế hoạch không có kế hoạch cấp trên trên cổng: sau khi hoàn tất, in báo cáo để trình ký và gửi bằng văn bản. Báo cáo không sửa được nữa.",
            confirmLabel: "Hoàn tất báo cáo",
          },
    );
    if (!ok) return;
    setBusy("submit");
    setMessage(null);
    try {
      const res = await submitSummaryAction({ campaignId: props.campaignId, phase: props.phase, lockVersion, sections: values.sections });
      if (!res.ok) return showError(res);
      reset({ sections: values.sections });
      setMessage({ tone: "success", text: res.message ?? "Đã gửi báo cáo." });
    } finally {
      setBusy(null);
    }
  });

  const field = (k: SectionKey, rows = 6) => {
    const err = errors.sections?.[k]?.message;
    const id = `summary-${k}`;
    return (
      <Field key={k} id={id} label={SECTION_HEADINGS[k]} hint={SECTION_HINTS[k]} error={err}>
        <Textarea
          id={id}
          rows={rows}
          maxLength={SECTION_MAX}
          className="leading-relaxed"
          aria-invalid={err ? true : undefined}
          aria-describedby={describedBy(id, err, true)}
          {...register(`sections.${k}`)}
        />
      </Field>
    );
  };

  return (
    <form onSubmit={save} noValidate className="flex flex-col gap-4" aria-label="Nội dung báo cáo">
      <div className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-700">
          Bản thảo lấy nội dung từ báo cáo <strong>đã nộp</strong> của các đơn vị (mỗi đơn vị một đoạn, mở đầu bằng tên đơn vị) và số liệu tổng hợp ở trên. Bản nháp của
          đơn vị không được lấy.
        </p>
        <Button variant="secondary" onClick={generate} disabled={!!busy} className="shrink-0">
          {busy === "generate" ? "Đang tạo…" : "Tạo bản thảo từ báo cáo các đơn vị"}
        </Button>
      </div>

      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
      </div>

      {ORDER.slice(0, 4).map((k) => field(k, k === "proposals" ? 4 : 7))}
      <fieldset className="flex flex-col gap-4 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{GENERAL_ASSESSMENT_HEADING}</legend>
        {(["strengths", "limitations", "lessons"] as const).map((k) => field(k, 4))}
      </fieldset>
      {field("proposals", 4)}

      <div className="flex flex-col gap-2 border-t border-slate-200 pt-3 sm:flex-row sm:flex-wrap sm:items-center">
        <Button type="submit" disabled={!!busy}>
          {busy === "save" ? "Đang lưu…" : "Lưu"}
        </Button>
        <Button variant="secondary" onClick={submit} disabled={!!busy || !!props.submitBlocked} aria-describedby={props.submitBlocked ? "submit-blocked" : undefined}>
          {busy === "submit" ? "Đang gửi…" : props.addressee ? `Gửi ${props.addressee}` : "Hoàn tất báo cáo"}
        </Button>
        {isDirty && !busy && <span className="text-sm text-amber-800">Có thay đổi chưa lưu.</span>}
        {props.submitBlocked && (
          <p id="submit-blocked" className="text-sm text-slate-700">
            {props.submitBlocked}
          </p>
        )}
      </div>
    </form>
  );
}
