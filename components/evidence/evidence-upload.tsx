"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Field, Input } from "@/components/ui/field";
import { deleteEvidenceAction } from "@/lib/evidence/actions";
import { EVIDENCE_ACCEPT, EVIDENCE_LIMIT_TEXT, formatFileSize, MAX_EVIDENCE_BYTES, tooLargeMessage } from "@/lib/evidence/limits";

export type EvidenceTargetProp = { kind: "initiative" | "report"; id: string };

type Outcome = { name: string; ok: boolean; text: string };

/** Sends one file to POST /api/evidence (raw bytes, streamed by the server). Never throws. */
async function uploadOne(target: EvidenceTargetProp, file: File, opts: { replaces?: string; description?: string } = {}): Promise<Outcome> {
  if (file.size > MAX_EVIDENCE_BYTES) return { name: file.name, ok: false, text: tooLargeMessage(file.name) };
  const q = new URLSearchParams({ target: target.kind, id: target.id });
  if (opts.replaces) q.set("replaces", opts.replaces);
  try {
    const res = await fetch(`/api/evidence?${q.toString()}`, {
      method: "POST",
      body: file,
      headers: {
        "Content-Type": "application/octet-stream",
        "X-File-Name": encodeURIComponent(file.name),
        ...(opts.description ? { "X-File-Description": encodeURIComponent(opts.description) } : {}),
      },
    });
    const body = (await res.json().catch(() => null)) as { ok: boolean; error?: string; message?: string } | null;
    if (body?.ok) return { name: file.name, ok: true, text: body.message ?? `Đã tải lên “${file.name}”.` };
    if (res.status === 413) return { name: file.name, ok: false, text: tooLargeMessage(file.name) };
    return { name: file.name, ok: false, text: body?.error ?? `Không tải lên được “${file.name}” (lỗi ${res.status}). Vui lòng thử lại.` };
  } catch {
    return { name: file.name, ok: false, text: `Không tải lên được “${file.name}” (mất kết nối). Vui lòng thử lại.` };
  }
}

function Outcomes({ outcomes }: { outcomes: Outcome[] }) {
  if (outcomes.length === 0) return null;
  const failed = outcomes.filter((o) => !o.ok);
  return (
    <Alert tone={failed.length === 0 ? "success" : "error"} className="mt-3" title={failed.length === 0 ? undefined : `${failed.length}/${outcomes.length} tệp chưa được tải lên`}>
      <ul className="list-disc pl-5" data-testid="upload-outcomes">
        {outcomes.map((o, i) => (
          <li key={`${o.name}-${i}`}>{o.text}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** Choose one or more files and upload them one after the other, each with its own verdict. */
export function EvidenceUploadForm({ target }: { target: EvidenceTargetProp }) {
  const router = useRouter();
  const inputId = useId();
  const descId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [description, setDescription] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [error, setError] = useState<string | null>(null);
  // Until the page is interactive a click would submit the form natively (a GET): wait for it.
  const ready = useHydrated();

  const tooBig = files.filter((f) => f.size > MAX_EVIDENCE_BYTES);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setOutcomes([]);
    if (files.length === 0) {
      setError("Vui lòng chọn ít nhất một tệp.");
      inputRef.current?.focus();
      return;
    }
    setError(null);
    const results: Outcome[] = [];
    for (const [i, file] of files.entries()) {
      setBusy(`Đang tải lên ${i + 1}/${files.length}: ${file.name}`);
      results.push(await uploadOne(target, file, { description: description.trim() || undefined }));
    }
    setBusy(null);
    setOutcomes(results);
    if (results.some((r) => r.ok)) {
      // Keep the refused files chosen so the user sees which they were; clear the rest.
      setFiles([]);
      setDescription("");
      if (inputRef.current) inputRef.current.value = "";
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="mt-4 rounded-md border border-dashed border-slate-400 bg-slate-50 p-4" aria-label="Tải lên tệp minh chứng">
      <div className="grid gap-3 md:grid-cols-2">
        <Field id={inputId} label="Chọn tệp minh chứng" hint={EVIDENCE_LIMIT_TEXT} error={error ?? (tooBig.length ? tooLargeMessage(tooBig[0].name) : undefined)}>
          <div className="flex flex-wrap items-center gap-3">
            <input
              ref={inputRef}
              id={inputId}
              name="files"
              type="file"
              multiple
              accept={EVIDENCE_ACCEPT}
              aria-describedby={error || tooBig.length ? `${inputId}-error` : `${inputId}-hint`}
              aria-invalid={!!error || tooBig.length > 0}
              onChange={(e) => {
                setFiles(Array.from(e.target.files ?? []));
                setError(null);
                setOutcomes([]);
              }}
              className="peer sr-only"
            />
            {/* The browser's own button says "Choose Files" in English: a Vietnamese one instead. */}
            <label
              htmlFor={inputId}
              aria-hidden="true"
              className="inline-flex min-h-10 cursor-pointer items-center rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700"
            >
              Chọn tệp…
            </label>
            <span className="text-sm text-slate-700" aria-hidden="true">
              {files.length === 0 ? "Chưa chọn tệp nào" : `Đã chọn ${files.length} tệp`}
            </span>
          </div>
        </Field>
        <Field id={descId} label="Mô tả (không bắt buộc)" hint="Ví dụ: Báo cáo số liệu quý III của phần mềm một cửa.">
          <Input id={descId} value={description} maxLength={500} onChange={(e) => setDescription(e.target.value)} />
        </Field>
      </div>
      {files.length > 0 && (
        <ul className="mt-2 text-sm text-slate-800" aria-label="Tệp đã chọn">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} className={f.size > MAX_EVIDENCE_BYTES ? "text-red-700" : undefined}>
              {f.name} · {formatFileSize(f.size)}
              {f.size > MAX_EVIDENCE_BYTES ? " — quá 20 MB" : ""}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={!!busy || !ready}>
          {busy ? "Đang tải lên…" : "Tải lên"}
        </Button>
        {busy && (
          <span role="status" className="text-sm text-slate-700">
            {busy}
          </span>
        )}
      </div>
      <Outcomes outcomes={outcomes} />
    </form>
  );
}

/** "Thay bằng tệp mới": choose one file; the current one is kept as an old version. */
export function ReplaceEvidenceButton({ target, fileId, fileName }: { target: EvidenceTargetProp; fileId: string; fileName: string }) {
  const router = useRouter();
  const ref = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <>
      <input
        ref={ref}
        type="file"
        accept={EVIDENCE_ACCEPT}
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        data-replace-input={fileId}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          setBusy(true);
          const res = await uploadOne(target, file, { replaces: fileId });
          setBusy(false);
          setOutcome(res);
          if (res.ok) router.refresh();
        }}
      />
      <Button variant="secondary" className="min-h-9 px-3 py-1" disabled={busy} onClick={() => ref.current?.click()} aria-label={`Thay “${fileName}” bằng tệp mới`}>
        {busy ? "Đang tải lên…" : "Thay bằng tệp mới"}
      </Button>
      {outcome && (
        <p role={outcome.ok ? "status" : "alert"} className={`basis-full text-sm ${outcome.ok ? "text-green-800" : "text-red-700"}`}>
          {outcome.text}
        </p>
      )}
    </>
  );
}

/**
 * "Xoá" an unlocked current file (evidence, or a proposal's dossier document), after the confirmation
 * dialog; an error stays next to the button.
 */
export function DeleteEvidenceButton({ fileId, fileName, description = "Tệp minh chứng bị xoá khỏi hồ sơ; thao tác này không hoàn tác được." }: { fileId: string; fileName: string; description?: string }) {
  const confirm = useConfirm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!(await confirm({ title: `Xoá “${fileName}”?`, description, confirmLabel: "Xoá tệp", tone: "danger" }))) return;
    setBusy(true);
    setError(null);
    const res = await deleteEvidenceAction({ fileId }).catch(() => ({ ok: false as const, error: "Không xoá được (mất kết nối). Vui lòng thử lại." }));
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      return;
    }
  };
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm">
      <Button variant="ghost" className="min-h-9 shrink-0 px-3 py-1 text-red-700 hover:bg-red-50" onClick={remove} disabled={busy} aria-label={`Xoá “${fileName}”`}>
        {busy ? "Đang xoá…" : "Xoá"}
      </Button>
      {error && (
        <span role="alert" className="basis-full text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
