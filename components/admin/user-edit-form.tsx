"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { updateUserAction } from "@/lib/users/actions";
import { updateUserSchema, type UpdateUserInput } from "@/lib/users/schemas";
import { useFormStatus } from "./form-helpers";
import { UnitPicker, type UnitOptionProps } from "./unit-picker";

/** Name, job title, e-mail and home unit of an account (a closed home unit stays shown until changed). */
export function EditUserForm({
  user,
  options,
}: {
  user: { id: string; email: string | null; fullName: string; jobTitle: string | null; unitId: string; unitClosed: boolean; unitName: string };
  options: UnitOptionProps[];
}) {
  const { status, apply } = useFormStatus();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UpdateUserInput>({
    resolver: zodResolver(updateUserSchema),
    defaultValues: { id: user.id, email: user.email ?? "", fullName: user.fullName, jobTitle: user.jobTitle ?? "", unitId: user.unitId },
  });
  const closedUnit = useMemo(
    () => (user.unitClosed ? [{ value: user.unitId, label: `${user.unitName} (đã giải thể)` }] : undefined),
    [user.unitClosed, user.unitId, user.unitName],
  );
  const onSubmit = handleSubmit(async (values) => {
    apply(await updateUserAction(values), setError);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Sửa thông tin tài khoản">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="edit-fullName" label="Họ và tên" error={errors.fullName?.message} required>
          <Input id="edit-fullName" aria-invalid={!!errors.fullName} aria-describedby={describedBy("edit-fullName", errors.fullName?.message)} {...register("fullName")} defaultValue={user.fullName} />
        </Field>
        <Field id="edit-jobTitle" label="Chức vụ" error={errors.jobTitle?.message}>
          <Input id="edit-jobTitle" aria-invalid={!!errors.jobTitle} aria-describedby={describedBy("edit-jobTitle", errors.jobTitle?.message)} {...register("jobTitle")} defaultValue={user.jobTitle ?? ""} />
        </Field>
        <Field id="edit-email" label="E-mail" error={errors.email?.message}>
          <Input id="edit-email" type="email" aria-invalid={!!errors.email} aria-describedby={describedBy("edit-email", errors.email?.message)} {...register("email")} defaultValue={user.email ?? ""} />
        </Field>
        <Field id="edit-unitId" label="Đơn vị công tác" error={errors.unitId?.message} required>
          <UnitPicker id="edit-unitId" control={control} name="unitId" options={options} extra={closedUnit} error={errors.unitId?.message} />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Lưu thay đổi"}
        </Button>
      </div>
    </form>
  );
}
