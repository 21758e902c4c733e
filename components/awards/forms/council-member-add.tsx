"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormCombobox } from "@/components/ui/combobox";
import { describedBy, Field, Select } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { POSITION_LABELS } from "@/lib/awards/labels";
import { addCouncilMemberAction } from "@/lib/council/members/actions";
import type { CouncilCandidate } from "@/lib/council/members/queries";
import { addCouncilMemberSchema, type AddCouncilMemberInput, type AddCouncilMemberValues } from "@/lib/council/members/schemas";
import type { CouncilPosition } from "@/lib/generated/prisma/enums";

const POSITIONS = Object.keys(POSITION_LABELS) as CouncilPosition[];

/** Adds a person of the organisation (searchable picker, diacritics optional) with a position. */
export function CouncilMemberAdd({ organisationUnitId, candidates, truncated }: { organisationUnitId: string; candidates: CouncilCandidate[]; truncated: boolean }) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<AddCouncilMemberInput, unknown, AddCouncilMemberValues>({
    resolver: zodResolver(addCouncilMemberSchema),
    defaultValues: { organisationUnitId, userId: "", position: "MEMBER" },
  });
  const options = useMemo(
    () => candidates.map((c) => ({ value: c.id, label: c.fullName, hint: `${c.username} – ${c.unitName}${c.jobTitle ? ` – ${c.jobTitle}` : ""}` })),
    [candidates],
  );

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const res = await addCouncilMemberAction(values);
    if (res.ok) {
      const name = candidates.find((c) => c.id === values.userId)?.fullName ?? "";
      setResult({ ok: true, text: `Đã thêm ${name} vào Hội đồng (${POSITION_LABELS[values.position]}).` });
      reset({ organisationUnitId, userId: "", position: "MEMBER" });
      return;
    }
    setServerFieldErrors(setError, res.fieldErrors, { focusFirst: true });
    if (!res.fieldErrors || Object.keys(res.fieldErrors).length === 0) setResult({ ok: false, text: res.error });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Thêm thành viên Hội đồng" className="flex flex-col gap-3">
      <input type="hidden" {...register("organisationUnitId")} />
      <Field
        id="userId"
        label="Người được bổ sung"
        required
        error={errors.userId?.message}
        hint="Bấm để tìm theo họ tên, tên đăng nhập hoặc đơn vị (có thể gõ không dấu)."
      >
        <FormCombobox
          id="userId"
          control={control}
          name="userId"
          options={options}
          placeholder="— Chọn người —"
          searchLabel="Tìm người (gõ không dấu cũng được)"
          notFoundText="Không có ai phù hợp."
          aria-invalid={!!errors.userId}
          aria-describedby={describedBy("userId", errors.userId?.message, true)}
        />
      </Field>
      {truncated && <p className="text-xs text-slate-600">Danh sách chỉ gồm một phần người dùng của cơ quan; hãy gõ để tìm chính xác hơn.</p>}
      <div className="flex flex-wrap items-end gap-3">
        <Field id="position" label="Chức danh trong Hội đồng" required error={errors.position?.message} className="w-60">
          <Select id="position" aria-invalid={!!errors.position} aria-describedby={describedBy("position", errors.position?.message)} {...register("position")}>
            {POSITIONS.map((p) => (
              <option key={p} value={p}>
                {POSITION_LABELS[p]}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang thêm…" : "Thêm vào Hội đồng"}
        </Button>
      </div>
      {result && <Alert tone={result.ok ? "success" : "error"} title={result.text} />}
    </form>
  );
}
