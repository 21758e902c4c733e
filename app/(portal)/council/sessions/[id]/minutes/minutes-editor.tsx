"use client";

import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { finaliseMinutesAction, generateMinutesAction, saveMinutesAction } from "@/lib/council/minutes/actions";
import { MINUTES_MAX } from "@/lib/council/minutes/schemas";

interface Props {
  sessionId: string;
  lockVersion: number;
  minutes: string;
  /** The stored text differs from what generating again would give (someone edited it). */
  edited: boolean;
}

/**
 * The secretary's minutes: "Tạo dự thảo biên bản" composes the text from the closed session's frozen
 * data and saves it (asking first when it would replace edited text); the text is edited here and
 * saved; "Hoàn tất biên bản" saves what is shown and makes it read-only. Every write names the
 * lockVersion it read.
 */
export function MinutesEditor(props: Props) {
  const confirm = useConfirm();
  const [text, setText] = useState(props.minutes);
  const [saved, setSaved] = useState(props.minutes);
  const [edited, setEdited] = useState(props.edited);
  const [lockVersion, setLockVersion] = useState(props.lockVersion);
  const [busy, setBusy] = useState<null | "generate" | "save" | "finalise">(null);
  const [message, setMessage] = useState<{ tone: "success" | "error" | "info"; text: string } | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const messageRef = useRef<HTMLDivElement>(null);
  const dirty = text !== saved;

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  function showError(res: Extract<ActionResult<unknown>, { ok: false }>) {
    setFieldError(res.fieldErrors?.minutes);
    setMessage({ tone: "error", text: res.error });
  }

  async function generate() {
    const hasEdits = text.trim().length > 0 && (edited || dirty);
    const replace = {
      title: "Thay toàn bộ biên bản bằng dự thảo mới?",
      confirmLabel: "Thay bằng dự thảo mới",
      tone: "danger" as const,
    };
    if (
      hasEdits &&
      !(await confirm({ ...replace, description: "Biên bản đang có nội dung đã chỉnh sửa; nội dung đó được thay bằng dự thảo mới tạo từ kết quả phiên họp." }))
    )
      return;
    setBusy("generate");
    setMessage(null);
    setFieldError(undefined);
    try {
      let res = await generateMinutesAction({ sessionId: props.sessionId, lockVersion, overwrite: hasEdits });
      // Someone edited the text meanwhile: ask now.
      if (!res.ok && res.fieldErrors?.overwrite) {
        if (!(await confirm({ ...replace, description: res.fieldErrors.overwrite }))) return setMessage({ tone: "info", text: "Đã giữ nguyên biên bản." });
        res = await generateMinutesAction({ sessionId: props.sessionId, lockVersion, overwrite: true });
      }
      if (!res.ok) return showError(res);
      setText(res.data.minutes);
      setSaved(res.data.minutes);
      setEdited(false);
      setLockVersion(res.data.lockVersion);
      setMessage({ tone: "success", text: res.message ?? "Đã tạo dự thảo biên bản." });
    } finally {
      setBusy(null);
    }
  }

  async function save(finalise: boolean) {
    if (
      finalise &&
      !(await confirm({ title: "Hoàn tất biên bản?", description: "Sau khi hoàn tất, biên bản không sửa được nữa.", confirmLabel: "Hoàn tất biên bản" }))
    )
      return;
    setBusy(finalise ? "finalise" : "save");
    setMessage(null);
    setFieldError(undefined);
    try {
      const input = { sessionId: props.sessionId, lockVersion, minutes: text };
      const res = finalise ? await finaliseMinutesAction(input) : await saveMinutesAction(input);
      if (!res.ok) return showError(res);
      setLockVersion(res.data.lockVersion);
      setSaved(text);
      setEdited(true);
      const at = new Date(res.data.savedAt).toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Ho_Chi_Minh" });
      setMessage({ tone: "success", text: finalise ? (res.message ?? "Đã hoàn tất biên bản.") : `Đã lưu biên bản lúc ${at}.` });
    } finally {
      setBusy(null);
    }
  }

  const id = "minutes-text";
  const empty = !text.trim();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
      noValidate
      className="flex flex-col gap-4"
      aria-label="Biên bản phiên họp"
    >
      <div className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-700">
          Dự thảo lấy từ kết quả đã chốt của phiên họp: thành viên có mặt, vắng mặt, từng hồ sơ với hình thức khen thưởng, quy định biểu quyết, số phiếu và kết quả.
        </p>
        <Button variant="secondary" onClick={generate} disabled={!!busy} className="shrink-0">
          {busy === "generate" ? "Đang tạo…" : "Tạo dự thảo biên bản"}
        </Button>
      </div>

      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
      </div>

      <Field id={id} label="Nội dung biên bản" hint="Mỗi dòng là một đoạn; dòng bắt đầu bằng số La Mã viết hoa (I., II., …) là đề mục." error={fieldError}>
        <Textarea
          id={id}
          rows={24}
          maxLength={MINUTES_MAX}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="font-serif leading-relaxed"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy(id, fieldError, true)}
          placeholder="Bấm “Tạo dự thảo biên bản” để lập dự thảo từ kết quả phiên họp."
        />
      </Field>

      <div className="flex flex-col gap-2 border-t border-slate-200 pt-3 sm:flex-row sm:flex-wrap sm:items-center">
        <Button type="submit" disabled={!!busy || empty}>
          {busy === "save" ? "Đang lưu…" : "Lưu biên bản"}
        </Button>
        <Button variant="secondary" onClick={() => save(true)} disabled={!!busy || empty}>
          {busy === "finalise" ? "Đang hoàn tất…" : "Hoàn tất biên bản"}
        </Button>
        {dirty && !busy && <span className="text-sm text-amber-800">Có thay đổi chưa lưu.</span>}
      </div>
    </form>
  );
}
