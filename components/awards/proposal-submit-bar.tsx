"use client";

import { Button } from "@/components/ui/button";
import type { IdOf, ProposalEditorForm, ProposalErrors } from "./proposal-editor-types";

/** The head's attestation and deadline, then "Lưu nháp", "Xác nhận và nộp" and "Xoá đề nghị đang soạn". */
export function ProposalSubmitBar({
  form,
  errors,
  id,
  canSubmit,
  saved,
  deletable,
  busy,
  ready,
  deadlineText,
  deadlinePassed,
  onSubmit,
  onDelete,
}: {
  form: ProposalEditorForm;
  errors: ProposalErrors;
  id: IdOf;
  canSubmit: boolean;
  /** The proposal exists (saved at least once). */
  saved: boolean;
  deletable: boolean;
  busy: null | "save" | "submit" | "delete";
  ready: boolean;
  deadlineText: string | null;
  deadlinePassed: boolean;
  onSubmit: () => void;
  onDelete: () => void;
}) {
  return (
    <div className="flex flex-col gap-4 rounded-md border border-slate-300 bg-white p-4">
      {canSubmit ? (
        <>
          <div>
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" {...form.register("confirmed")} className="mt-0.5 h-4 w-4" aria-invalid={!!errors.confirmed} aria-describedby={errors.confirmed ? id("confirm-error") : undefined} />
              <span>
                <span className="font-semibold">Xác nhận của trưởng đơn vị:</span> tôi đã kiểm tra thành tích, nội dung kê khai và hồ sơ kèm theo; đề nghị Hội đồng Thi đua - Khen thưởng xem xét.
              </span>
            </label>
            {errors.confirmed?.message && (
              <p id={id("confirm-error")} className="mt-1 text-sm text-red-700" data-field-error>
                {errors.confirmed.message}
              </p>
            )}
          </div>
          {deadlineText && (
            <p className="text-sm text-slate-700">
              Hạn nộp: {deadlineText}
              {deadlinePassed ? " — đã quá hạn: đề nghị nộp bây giờ được ghi nhận trễ hạn." : ""}
            </p>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-700">Cán bộ đơn vị soạn và lưu nháp; trưởng đơn vị xác nhận và nộp đề nghị.</p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={!!busy || !ready}>
          {busy === "save" ? "Đang lưu…" : "Lưu nháp"}
        </Button>
        {canSubmit && (
          <Button type="button" onClick={onSubmit} disabled={!!busy || !ready || !saved} title={!saved ? "Lưu nháp trước khi nộp" : undefined}>
            {busy === "submit" ? "Đang nộp…" : "Xác nhận và nộp"}
          </Button>
        )}
        {deletable && saved && (
          <Button type="button" variant="ghost" className="text-red-700 hover:bg-red-50" onClick={onDelete} disabled={!!busy}>
            {busy === "delete" ? "Đang xoá…" : "Xoá đề nghị đang soạn"}
          </Button>
        )}
      </div>
      {canSubmit && !saved && <p className="text-sm text-slate-700">Lưu nháp trước, đính kèm hồ sơ rồi xác nhận và nộp.</p>}
    </div>
  );
}
