"use client";

import Link from "@/components/ui/link";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { forwardInitiativesAction } from "@/lib/cascade/actions";
import type { ForwardInfo } from "@/lib/cascade/rules";
import { forwardInitiativesSchema } from "@/lib/cascade/schemas";
import { ForwardOutcomes } from "./forward-outcome";
import { WithdrawForwardButton } from "./returned-actions";

export interface ForwardCandidate {
  id: string;
  content: string;
  href: string;
  unitName: string;
  originUnitName: string | null;
  fieldId: string;
  fieldLabel: string;
  /** "→ <parent field>" shown under the field heading. */
  targetFieldName: string | null;
  typeLabel: string;
  levelLabel: string;
  progressLabel: string;
  figures: number;
  forwards: ForwardInfo[];
  selectable: boolean;
  /** Why a row without a checkbox cannot be sent (already sent is shown by its outcome). */
  note: string | null;
  /** The copy in the parent's RETURNED registration the user may withdraw ("Rút khỏi danh sách gửi lên"). */
  withdrawCopyId: string | null;
  /** "Được UBND Thành phố công nhận cấp Thành phố (QĐ số … ngày …)": a recognition decision of its lineage. */
  recognition?: string | null;
}

/**
 * The typical initiatives of a campaign as cards grouped by field, each with its checkbox (when it
 * can still be forwarded) and the parent's outcome of earlier forwards; "Gửi lên kế hoạch …" asks
 * for confirmation and then sends the selection in one request.
 */
export function ForwardForm({
  campaignId,
  parentDocumentNumber,
  addressee,
  organisationName,
  rows,
  canSubmit,
  firstIndex,
}: {
  campaignId: string;
  parentDocumentNumber: string | null;
  addressee: string | null;
  organisationName: string;
  rows: ForwardCandidate[];
  canSubmit: boolean;
  firstIndex: number;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const confirm = useConfirm();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const selectable = rows.filter((r) => r.selectable);
  const allChecked = selectable.length > 0 && selectable.every((r) => selected.includes(r.id));
  const showBoxes = canSubmit && selectable.length > 0;

  const toggle = (id: string, on: boolean) => {
    setSelectionError(null);
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  };

  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  const send = async () => {
    setResult(null);
    const parsed = forwardInitiativesSchema.safeParse({ campaignId, initiativeIds: selected });
    if (!parsed.success) {
      setSelectionError(parsed.error.issues[0]?.message ?? "Chưa chọn nội dung nào.");
      return;
    }
    const ok = await confirm({
      title: `Gửi ${selected.length} nội dung lên Kế hoạch ${parentDocumentNumber}${addressee ? ` (nơi nhận: ${addressee})` : ""}?`,
      description: `Các nội dung trở thành Mẫu 1 của ${organisationName} trong kế hoạch cấp trên và được nộp ngay; mỗi nội dung chỉ gửi một lần.`,
      confirmLabel: "Gửi lên",
    });
    if (!ok) return;
    start(async () => {
      const res = await forwardInitiativesAction({ campaignId, initiativeIds: selected });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã gửi." });
        setSelected([]);
      } else {
        setResult({ ok: false, message: res.fieldErrors?.initiativeIds ?? res.error });
      }
      focusResult();
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

      {showBoxes && (
        <label className="mb-2 inline-flex min-h-10 cursor-pointer items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            className="h-5 w-5 accent-brand-700"
            checked={allChecked}
            onChange={(e) => {
              setSelectionError(null);
              setSelected(e.target.checked ? selectable.map((r) => r.id) : []);
            }}
          />
          Chọn tất cả nội dung chưa gửi ({selectable.length})
        </label>
      )}

      <ol className="flex flex-col gap-2" aria-describedby={selectionError ? "forward-selection-error" : undefined} data-forward-list>
        {rows.map((r, i) => {
          const heading = i === 0 || r.fieldId !== rows[i - 1].fieldId;
          const boxId = `forward-${r.id}`;
          return (
            <li key={r.id} className="list-none">
              {heading && (
                <h3 className="mt-3 mb-1 text-sm font-semibold text-slate-900">
                  {r.fieldLabel}
                  {r.targetFieldName && <span className="font-normal text-slate-700"> → {r.targetFieldName}</span>}
                </h3>
              )}
              <div className="flex gap-3 rounded-md border border-slate-300 bg-white p-3" data-forward-row={r.id}>
                <div className="w-7 shrink-0 pt-0.5 text-sm text-slate-600">
                  {showBoxes && r.selectable ? (
                    <input
                      id={boxId}
                      type="checkbox"
                      className="h-5 w-5 accent-brand-700"
                      checked={selected.includes(r.id)}
                      onChange={(e) => toggle(r.id, e.target.checked)}
                      aria-label={`Chọn gửi: ${r.content}`}
                    />
                  ) : showBoxes ? (
                    r.forwards.length > 0 && (
                      <span aria-hidden="true" className="font-semibold text-green-800" title="Đã gửi">
                        ✓
                      </span>
                    )
                  ) : (
                    <span aria-hidden="true">{firstIndex + i + 1}.</span>
                  )}
                </div>
                <div className="min-w-0 flex-1">
                  <Link href={r.href} className="font-medium text-slate-900 underline decoration-slate-400 underline-offset-2 hover:text-brand-700">
                    {r.content}
                  </Link>
                  <p className="mt-1 text-sm text-slate-700">
                    {r.unitName}
                    {r.originUnitName && <> (nguồn: {r.originUnitName})</>} · {r.typeLabel} · {r.levelLabel} · {r.progressLabel} ·{" "}
                    {r.figures > 0 ? `${r.figures} số liệu kết quả` : "chưa có số liệu kết quả"}
                  </p>
                  {r.forwards.length > 0 ? (
                    <ForwardOutcomes forwards={r.forwards} className="mt-1" />
                  ) : (
                    <p className="mt-1 text-sm text-slate-700">{r.note ?? "Chưa gửi lên cấp trên."}</p>
                  )}
                  {r.forwards.length > 0 && r.note && <p className="mt-1 text-sm text-slate-700">{r.note}</p>}
                  {r.recognition && (
                    <p className="mt-1 text-sm font-medium text-green-900" data-recognition>
                      {r.recognition}
                    </p>
                  )}
                  {r.withdrawCopyId && parentDocumentNumber && (
                    <WithdrawForwardButton
                      campaignId={campaignId}
                      copyId={r.withdrawCopyId}
                      content={r.content}
                      parentDocumentNumber={parentDocumentNumber}
                      onDone={(message) => {
                        setResult({ ok: true, message });
                        setSelected((s) => s.filter((x) => x !== r.id));
                        focusResult();
                      }}
                    />
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ol>

      {showBoxes && parentDocumentNumber && (
        <div className="sticky bottom-0 z-10 -mx-4 mt-4 border-t border-slate-200 bg-white/95 px-4 py-3">
          {selectionError && (
            <p id="forward-selection-error" className="mb-2 text-sm text-red-700" role="alert" data-field-error>
              {selectionError}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={send} disabled={pending}>
              {pending ? "Đang gửi…" : `Gửi lên kế hoạch ${parentDocumentNumber}`}
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
