"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Path } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";
import { saveReportDraftAction } from "@/lib/reports/actions";
import type { reportFormSchema, ReportFormInput } from "@/lib/reports/schemas";
import type { ReportEditorForm } from "./report-editor-types";

export type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "invalid" }
  | { kind: "error"; message: string }
  | { kind: "blocked"; message: string };

export type ReportIds = { reportId: string | null; lockVersion: number };

const AUTOSAVE_MS = 1500;

const hhmm = (iso: string) =>
  new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));

/**
 * The report's autosave: every change bumps a sequence number and schedules a save ~1.5 s after typing
 * stops; one save runs at a time (the report's id and lock version, kept here, follow each save); a conflict or a refusal blocks further saves (the text stays on screen).
 * `save()` resolves true when everything typed so far is saved. Leaving with unsaved text asks first.
 */
export function useReportAutosave({
  form,
  schema,
  initialIds,
  showServerErrors,
}: {
  form: ReportEditorForm;
  schema: ReturnType<typeof reportFormSchema>;
  /** The report as the page was rendered (no id yet for a new one). */
  initialIds: ReportIds;
  showServerErrors: (res: Extract<ActionResult<unknown>, { ok: false }>, focus: boolean) => void;
}) {
  const router = useRouter();
  const { getValues, setError, clearErrors } = form;
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);
  const ids = useRef<ReportIds>(initialIds);

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
    const arm = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void save().then((ok) => {
          // Typing continued during the save: save again after the next pause.
          if (ok && !blocked.current && changeSeq.current !== savedSeq.current) arm();
        });
      }, AUTOSAVE_MS);
    };
    arm();
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

  return {
    state,
    setState,
    save,
    blocked,
    /** The report's id and lock version after the last save. */
    ids,
    /** Nothing typed since the last save. */
    upToDate: () => changeSeq.current === savedSeq.current,
    /** Stop the pending autosave and wait for the one running. */
    settle: async () => {
      if (timer.current) clearTimeout(timer.current);
      if (inflight.current) await inflight.current;
    },
    cancelPending: () => {
      if (timer.current) clearTimeout(timer.current);
    },
    /** After submitting: nothing is left to save, never save again. */
    finish: () => {
      blocked.current = true;
      savedSeq.current = changeSeq.current;
    },
  };
}

/** The live status line under the form. */
export function autosaveStatus(state: SaveState, hasReport: boolean): { text: string; tone: string } {
  const tone = state.kind === "error" || state.kind === "blocked" || state.kind === "invalid" ? "text-red-800" : state.kind === "saved" ? "text-green-800" : "text-slate-700";
  switch (state.kind) {
    case "idle":
      return { tone, text: hasReport ? "Bản nháp đã lưu. Nội dung tự lưu sau khi bạn ngừng gõ." : "Chưa lưu. Nội dung tự lưu sau khi bạn ngừng gõ." };
    case "dirty":
      return { tone, text: "Có thay đổi chưa lưu…" };
    case "saving":
      return { tone, text: "Đang lưu…" };
    case "saved":
      return { tone, text: `Đã lưu lúc ${hhmm(state.at)}` };
    case "invalid":
      return { tone, text: "Chưa lưu: có ô chưa hợp lệ (xem các ô được đánh dấu)." };
    case "error":
      return { tone, text: `Chưa lưu: ${state.message}` };
    case "blocked":
      return { tone, text: `Đã dừng tự lưu: ${state.message}` };
  }
}
