"use client";

import { ActionForm, Hidden, TextAreaField } from "@/components/forms/action-form";
import { updateModelDescriptionAction } from "@/lib/library/actions";
import { DESCRIPTION_MAX } from "@/lib/library/schemas";

/** The owner unit's description of its model, shown to every library reader. */
export function DescriptionForm({ modelId, description }: { modelId: string; description: string }) {
  return (
    <ActionForm action={updateModelDescriptionAction} submitLabel="Lưu mô tả" label="Mô tả mô hình">
      <Hidden name="modelId" value={modelId} />
      <TextAreaField
        name="description"
        label="Mô tả mô hình (đơn vị chủ trì viết cho các đơn vị tham khảo)"
        defaultValue={description}
        rows={6}
        maxLength={DESCRIPTION_MAX}
        hint="Cách làm, điều kiện áp dụng, kinh nghiệm triển khai."
      />
    </ActionForm>
  );
}
