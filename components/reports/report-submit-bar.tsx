"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ReportEditorForm } from "./report-editor-types";

/**
 * The sticky bottom of the report editor: a blocked-autosave notice, the message, the head's
 * attestation (or who may submit, or when submitting opens), "Lưu nháp", "Xác nhận và nộp" and the
 * autosave status line (a live region).
 */
export function ReportSubmitBar({
  form,
  blocked,
  message,
  canSubmit,
  notOpenMessage,
  busy,
  status,
  onSaveClick,
}: {
  form: ReportEditorForm;
  blocked: boolean;
  message: { tone: "success" | "error" | "warning"; text: string } | null;
  canSubmit: boolean;
  notOpenMessage: string | null;
  busy: null | "save" | "submit";
  status: { text: string; tone: string };
  onSaveClick: () => void;
}) {
  const { errors } = form.formState;
  return (
    <div className="-mx-4 flex flex-col gap-2 border-t border-slate-300 bg-white px-4 py-3 md:sticky md:bottom-0 md:z-10 md:bg-white/95 md:backdrop-blur">
      {blocked && (
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

      {canSubmit && !notOpenMessage && (
        <div className="flex flex-col gap-1">
          <label className="inline-flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 h-4 w-4"
              aria-invalid={!!errors.confirmed}
              aria-describedby={errors.confirmed ? "confirmed-error" : undefined}
              {...form.register("confirmed")}
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
      {!canSubmit && <p className="text-sm text-slate-700">Cán bộ soạn và lưu nháp; chỉ trưởng đơn vị mới được xác nhận và nộp.</p>}
      {notOpenMessage && <p className="text-sm text-slate-800">{notOpenMessage} Bạn vẫn soạn và lưu nháp được từ bây giờ.</p>}

      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={onSaveClick} disabled={busy !== null}>
          {busy === "save" ? "Đang lưu…" : "Lưu nháp"}
        </Button>
        {canSubmit && !notOpenMessage && (
          <Button type="submit" disabled={busy !== null}>
            {busy === "submit" ? "Đang nộp…" : "Xác nhận và nộp"}
          </Button>
        )}
        <p role="status" aria-live="polite" className={`text-sm font-medium sm:ml-2 ${status.tone}`} data-testid="autosave-status">
          {status.text}
        </p>
      </div>
    </div>
  );
}
