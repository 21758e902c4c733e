"use client";

import { ActionForm, Hidden, SelectField } from "@/components/forms/action-form";
import { setCampaignPublicityAction } from "@/lib/public-ideas/actions";

const YES_NO = [
  { value: "true", label: "Có" },
  { value: "false", label: "Không" },
];

/** Whether the plan shows on the public pages, and whether it takes ideas of citizens and businesses. */
export function PublicityForm({ campaignId, lockVersion, isPublic, acceptsPublicIdeas }: { campaignId: string; lockVersion: number; isPublic: boolean; acceptsPublicIdeas: boolean }) {
  return (
    <ActionForm action={setCampaignPublicityAction} submitLabel="Lưu cài đặt công khai" label="Công khai kế hoạch" className="grid gap-3 sm:grid-cols-2">
      <Hidden name="campaignId" value={campaignId} />
      <Hidden name="lockVersion" value={lockVersion} />
      <SelectField name="isPublic" label="Hiển thị trên trang công khai (không cần đăng nhập)" options={YES_NO} defaultValue={String(isPublic)} />
      <SelectField
        name="acceptsPublicIdeas"
        label="Nhận hiến kế của người dân, doanh nghiệp"
        options={YES_NO}
        defaultValue={String(acceptsPublicIdeas)}
        hint="Chỉ có hiệu lực khi kế hoạch được công khai; nhận đến hết ngày kết thúc kế hoạch."
      />
    </ActionForm>
  );
}
