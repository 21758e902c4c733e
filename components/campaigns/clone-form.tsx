"use client";

import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { cloneCampaignAction } from "@/lib/campaigns/actions";
import { cloneCampaignSchema, type CloneCampaignValues } from "@/lib/campaigns/schemas";

/** Target year and new number/symbol of a clone; on success opens the new draft's edit page. */
export function CloneForm({ campaignId, sourceYear, defaultYear, defaultNumber }: { campaignId: string; sourceYear: number; defaultYear: number; defaultNumber: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<CloneCampaignValues>({ resolver: zodResolver(cloneCampaignSchema), defaultValues: { year: defaultYear, documentNumber: defaultNumber } });
  const year = useWatch({ control, name: "year" });
  const diff = Number.isFinite(year) ? year - sourceYear : 0;

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await cloneCampaignAction(campaignId, values);
    if (res.ok) {
      router.push(`/campaigns/${res.data.id}/edit`);
      return;
    }
    setError(res.error);
    setServerFieldErrors(setFieldError, res.fieldErrors, { accept: (k) => k === "year" || k === "documentNumber" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="year" label="Năm của kế hoạch mới" required error={errors.year?.message} hint={diff ? `Các mốc thời gian và thời gian thi đua được dời ${diff > 0 ? "sau" : "trước"} ${Math.abs(diff)} năm.` : "Cùng năm: các ngày được giữ nguyên."}>
        <Input id="year" type="number" inputMode="numeric" min={2000} max={2100} aria-invalid={!!errors.year} aria-describedby={describedBy("year", errors.year?.message, true)} {...register("year", { valueAsNumber: true })} />
      </Field>
      <Field id="documentNumber" label="Số và ký hiệu của kế hoạch mới" required hint="Có thể sửa lại sau khi có số văn bản chính thức." error={errors.documentNumber?.message}>
        <Input id="documentNumber" autoComplete="off" aria-invalid={!!errors.documentNumber} aria-describedby={describedBy("documentNumber", errors.documentNumber?.message, true)} {...register("documentNumber")} />
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang nhân bản…" : "Nhân bản và mở để sửa"}
        </Button>
        <LinkButton href={`/campaigns/${campaignId}`} variant="secondary">
          Huỷ
        </LinkButton>
      </div>
    </form>
  );
}
