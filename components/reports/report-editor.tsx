"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import type { ActionResult } from "@/lib/actions/result";
import { submitReportAction } from "@/lib/reports/actions";
import type { EditorPart } from "@/lib/reports/queries";
import type { MauHaiRow } from "@/lib/reports/rules";
import { reportFormSchema, type ReportForm, type ReportFormInput } from "@/lib/reports/schemas";
import { ReportMauHaiTable } from "./report-mau2-table";
import { ReportOutline, SECTION_FIELDS } from "./report-outline";
import { ReportSubmitBar } from "./report-submit-bar";
import { autosaveStatus, useReportAutosave } from "./use-report-autosave";

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

/**
 * The unit's Mẫu 2 + Đề cương editor. Drafts save themselves ~1.5 s after typing stops (and with
 * "Lưu nháp"); the state is announced in a live region. A conflict (someone else saved first) or a
 * refusal stops autosaving and keeps the user's text on screen. Only the head confirms and submits.
 */
export function ReportEditor(props: ReportEditorProps) {
  const router = useRouter();
  const pathname = usePathname();
  const schema = useMemo(() => reportFormSchema(props.registered), [props.registered]);
  const [message, setMessage] = useState<{ tone: "success" | "error" | "warning"; text: string } | null>(null);
  const [busy, setBusy] = useState<null | "save" | "submit">(null);
  // Set once hydrated: typing before that would not reach the autosave (tests wait for it).
  const ready = useHydrated();

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
  const { setError } = form;

  const showServerErrors = useCallback(
    (res: Extract<ActionResult<unknown>, { ok: false }>, focus: boolean) => {
      setServerFieldErrors(setError, res.fieldErrors, {
        accept: (k) => k in SECTION_FIELDS || k === "confirmed" || k.startsWith("fieldRows.") || k.startsWith("parts."),
        focusFirst: focus,
      });
    },
    [setError],
  );
  const autosave = useReportAutosave({ form, schema, initialIds: { reportId: props.reportId, lockVersion: props.lockVersion }, showServerErrors });
  const { state, ids } = autosave;

  async function onSaveClick() {
    autosave.cancelPending();
    setMessage(null);
    if (autosave.blocked.current) {
      setMessage({ tone: "error", text: state.kind === "blocked" ? state.message : "Không lưu được lúc này." });
      return;
    }
    setBusy("save");
    try {
      if (autosave.upToDate() && ids.current.reportId && !autosave.blocked.current) {
        setMessage({ tone: "success", text: "Không có thay đổi mới: bản nháp đã được lưu." });
        return;
      }
      const ok = await autosave.save();
      if (ok && autosave.upToDate()) setMessage({ tone: "success", text: "Đã lưu nháp." });
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
      await autosave.settle();
      if (autosave.blocked.current) {
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
            autosave.blocked.current = true;
            autosave.setState({ kind: "blocked", message: res.error });
          }
          return;
        }
        autosave.finish();
        router.replace(`${pathname}?unit=${encodeURIComponent(props.unitId)}&nop=${res.data.versionNo}`);
      } finally {
        setBusy(null);
      }
    },
    () => setMessage({ tone: "error", text: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu." }),
  );

  return (
    <form noValidate onSubmit={onSubmit} data-ready={ready ? "true" : undefined} className="flex flex-col gap-8" aria-label={`Mẫu 2 và Đề cương ${props.phaseName} của ${props.unitName}`}>
      <ReportMauHaiTable form={form} table={props.table} />
      <ReportOutline form={form} parts={props.parts} />

      {props.canSubmit && props.deadlinePassed && !props.notOpenMessage && (
        <Alert tone="warning" title="Đã quá hạn nộp">
          Hạn nộp {props.phaseName} là {props.deadlineText}. Bạn vẫn nộp được, nhưng báo cáo sẽ được ghi nhận <strong>nộp trễ hạn</strong>.
        </Alert>
      )}

      <ReportSubmitBar
        form={form}
        blocked={state.kind === "blocked"}
        message={message}
        canSubmit={props.canSubmit}
        notOpenMessage={props.notOpenMessage}
        busy={busy}
        status={autosaveStatus(state, !!props.reportId)}
        onSaveClick={onSaveClick}
      />
    </form>
  );
}
