"use client";

import { ActionForm, Hidden } from "@/components/forms/action-form";
import { setModelPublicAction } from "@/lib/library/actions";

/** Shows or hides the model on the public library (the owner unit's head, or the office above it). */
export function ModelPublicToggle({ modelId, isPublic }: { modelId: string; isPublic: boolean }) {
  return (
    <ActionForm
      action={setModelPublicAction}
      submitLabel={isPublic ? "Thôi công khai" : "Công khai trên cổng"}
      variant="secondary"
      label="Công khai mô hình"
      confirm={isPublic ? undefined : { title: "Công khai mô hình?", body: "Tên, lĩnh vực, đơn vị chủ trì, quyết định công nhận và mô tả hiển thị cho mọi người, không cần đăng nhập. Tệp minh chứng không được công khai.", confirmLabel: "Công khai" }}
    >
      <Hidden name="modelId" value={modelId} />
      <Hidden name="isPublic" value={isPublic ? "false" : "true"} />
    </ActionForm>
  );
}
