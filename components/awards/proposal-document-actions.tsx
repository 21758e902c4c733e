"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { Button } from "@/components/ui/button";
import { DeleteEvidenceButton } from "@/components/evidence/evidence-upload";
import { generateDossierDraftAction } from "@/lib/awards/proposals/actions";
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES, tooLargeMessage } from "@/lib/evidence/limits";
import type { DossierDocumentKind } from "@/lib/generated/prisma/enums";

type Outcome = { ok: boolean; text: string };

function OutcomeLine({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return (
    <p role={outcome.ok ? "status" : "alert"} className={`basis-full text-sm ${outcome.ok ? "text-green-800" : "text-red-700"}`}>
      {outcome.text}
    </p>
  );
}

/** One dossier document: POST /api/evidence?target=award&id=…&kind=… with the file's bytes. */
async function uploadDocument(proposalId: string, kind: DossierDocumentKind, file: File): Promise<Outcome> {
  if (file.size > MAX_EVIDENCE_BYTES) return { ok: false, text: tooLargeMessage(file.name) };
  const q = new URLSearchParams({ target: "award", id: proposalId, kind });
  try {
    const res = await fetch(`/api/evidence?${q.toString()}`, {
      method: "POST",
      body: file,
      headers: { "Content-Type": "application/octet-stream", "X-File-Name": encodeURIComponent(file.name) },
    });
    const body = (await res.json().catch(() => null)) as { ok: boolean; error?: string; message?: string } | null;
    if (body?.ok) return { ok: true, text: body.message ?? `Đã tải lên “${file.name}”.` };
    if (res.status === 413) return { ok: false, text: tooLargeMessage(file.name) };
    return { ok: false, text: body?.error ?? `Không tải lên được “${file.name}” (lỗi ${res.status}). Vui lòng thử lại.` };
  } catch {
    return { ok: false, text: `Không tải lên được “${file.name}” (mất kết nối). Vui lòng thử lại.` };
  }
}

/** "Tải lên" (or "Tải lên bản đã ký" when a file is there: the new one takes its place). */
export function DocumentUploadButton({ proposalId, kind, label, replacing }: { proposalId: string; kind: DossierDocumentKind; label: string; replacing: boolean }) {
  const router = useRouter();
  const ref = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const ready = useHydrated();
  return (
    <>
      <input
        ref={ref}
        type="file"
        accept={EVIDENCE_ACCEPT}
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        data-upload-kind={kind}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          setBusy(true);
          setOutcome(null);
          const res = await uploadDocument(proposalId, kind, file);
          setBusy(false);
          setOutcome(res);
          if (res.ok) router.refresh();
        }}
      />
      <Button variant="secondary" className="min-h-9 px-3 py-1" disabled={busy || !ready} onClick={() => ref.current?.click()} aria-label={`${replacing ? "Tải lên bản đã ký" : "Tải lên"}: ${label}`}>
        {busy ? "Đang tải lên…" : replacing ? "Tải lên bản đã ký" : "Tải lên"}
      </Button>
      <OutcomeLine outcome={outcome} />
    </>
  );
}

/** "Tạo bản thảo": the portal drafts the document (.docx) from the proposal's data and stores it in the dossier. */
export function GenerateDraftButton({ proposalId, kind, label }: { proposalId: string; kind: "PROPOSAL_LETTER" | "MEETING_MINUTES" | "ACHIEVEMENT_REPORT"; label: string }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <>
      <Button
        variant="secondary"
        className="min-h-9 px-3 py-1"
        disabled={busy}
        aria-label={`Tạo bản thảo: ${label}`}
        onClick={async () => {
          setBusy(true);
          setOutcome(null);
          const res = await generateDossierDraftAction({ proposalId, kind }).catch(() => ({ ok: false as const, error: "Không tạo được bản thảo (mất kết nối). Vui lòng thử lại." }));
          setBusy(false);
          setOutcome(res.ok ? { ok: true, text: res.message ?? "Đã tạo bản thảo." } : { ok: false, text: res.error });
        }}
      >
        {busy ? "Đang tạo…" : "Tạo bản thảo"}
      </Button>
      <OutcomeLine outcome={outcome} />
    </>
  );
}

/** Deletes a document not yet submitted, after the confirmation dialog. */
export function DeleteDocumentButton({ fileId, fileName }: { fileId: string; fileName: string }) {
  return <DeleteEvidenceButton fileId={fileId} fileName={fileName} description="Tài liệu bị xoá khỏi hồ sơ đề nghị; thao tác này không hoàn tác được." />;
}
