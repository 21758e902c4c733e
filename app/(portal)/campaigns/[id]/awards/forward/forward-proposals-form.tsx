"use client";

import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { forwardProposalsAction } from "@/lib/awards/forward/actions";
import { forwardProposalsSchema } from "@/lib/awards/forward/schemas";

export interface ForwardRow {
  id: string;
  name: string;
  href: string;
  description: string;
  approval: string | null;
  selectable: boolean;
  /** Where the copy stands in the parent campaign, for those already sent. */
  outcome: string | null;
  outcomeHref: string | null;
  hard: boolean;
}

/**
 * The approved proposals beyond the organisation's authority with a checkbox each (while waiting);
 * "Trình Hội đồng cấp trên" asks in the confirmation dialog, then sends the selection in one request.
 */
export function ForwardProposalsForm({
  campaignId,
  parentDocumentNumber,
  parentOrganisation,
  rows,
  canSubmit,
}: {
  campaignId: string;
  parentDocumentNumber: string | null;
  parentOrganisation: string | null;
  rows: ForwardRow[];
  canSubmit: boolean;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const confirm = useConfirm();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const selectable = rows.filter((r) => r.selectable);
  const showBoxes = canSubmit && selectable.length > 0 && !!parentDocumentNumber;

  const toggle = (id: string, on: boolean) => {
    setSelectionError(null);
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  };

  const send = async () => {
    setResult(null);
    const parsed = forwardProposalsSchema.safeParse({ campaignId, proposalIds: selected });
    if (!parsed.success) {
      setSelectionError(parsed.error.issues[0]?.message ?? "Chưa chọn đề nghị nào.");
      return;
    }
    const ok = await confirm({
      title: `Trình ${selected.length} đề nghị lên Kế hoạch ${parentDocumentNumber}${parentOrganisation ? ` của ${parentOrganisation}` : ""}?`,
      description: "Mỗi đề nghị trở thành hồ sơ chờ Thường trực cấp trên kiểm tra, giữ nguồn gốc và hồ sơ gốc; mỗi đề nghị chỉ trình một lần.",
      confirmLabel: "Trình cấp trên",
    });
    if (!ok) return;
    start(async () => {
      const res = await forwardProposalsAction({ campaignId, proposalIds: selected });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã trình cấp trên." });
        setSelected([]);
      } else {
        setResult({ ok: false, message: res.fieldErrors?.proposalIds ?? res.error });
      }
      requestAnimationFrame(() => resultRef.current?.focus());
    });
  };

  return (
    <div>
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {result && (
          <Alert tone={result.ok ? "success" : "error"} className="mb-3">
            {result.message}
          </Alert>
        )}
      </div>
      <ul className="flex flex-col gap-2" data-forward-proposals aria-describedby={selectionError ? "forward-selection-error" : undefined}>
        {rows.map((r) => (
          <li key={r.id} className="flex gap-3 rounded-md border border-slate-300 bg-white p-3" data-forward-row={r.id}>
            {showBoxes && (
              <div className="w-6 shrink-0 pt-0.5">
                {r.selectable && (
                  <input
                    id={`fw-${r.id}`}
                    type="checkbox"
                    className="h-5 w-5 accent-brand-700"
                    checked={selected.includes(r.id)}
                    onChange={(e) => toggle(r.id, e.target.checked)}
                    aria-label={`Chọn trình cấp trên: ${r.name}`}
                  />
                )}
              </div>
            )}
            <div className="min-w-0 flex-1 text-sm">
              <a href={r.href} className="font-medium text-slate-900 underline decoration-slate-400 underline-offset-2 hover:text-brand-700">
                {r.name}
              </a>
              <p className="text-slate-700">{r.description}</p>
              {r.approval && <p className="text-slate-700">{r.approval}</p>}
              {r.hard && <p className="text-amber-800">Không đạt tiêu chuẩn bắt buộc, được Thường trực đưa ra xét với lý do đã ghi.</p>}
              {r.outcome ? (
                <p className="mt-1 font-medium text-violet-900">
                  {r.outcomeHref ? (
                    <a href={r.outcomeHref} className="underline underline-offset-2">
                      {r.outcome}
                    </a>
                  ) : (
                    r.outcome
                  )}
                </p>
              ) : (
                <p className="mt-1 text-slate-700">Chưa trình cấp trên.</p>
              )}
            </div>
          </li>
        ))}
      </ul>

      {showBoxes && (
        <div className="sticky bottom-0 z-10 -mx-4 mt-4 border-t border-slate-200 bg-white/95 px-4 py-3">
          {selectionError && (
            <p id="forward-selection-error" className="mb-2 text-sm text-red-700" role="alert" data-field-error>
              {selectionError}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={send} disabled={pending}>
              {pending ? "Đang trình…" : "Trình Hội đồng cấp trên"}
            </Button>
            <span className="text-sm text-slate-700" aria-live="polite">
              Đã chọn {selected.length}/{selectable.length}
            </span>
          </div>
        </div>
      )}
    </div>
  );
}
