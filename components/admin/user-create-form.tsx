"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "@/components/ui/link";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { createUserAction } from "@/lib/users/actions";
import { createUserSchema, type CreateUserFormValues, type CreateUserInput } from "@/lib/users/schemas";
import { useFormStatus } from "./form-helpers";
import { TemporaryPassword } from "./temporary-password";
import { PasswordChoice, RoleOptions } from "./user-form-parts";
import { UnitPicker, type UnitOptionProps } from "./unit-picker";

/** "Tạo tài khoản": identity, home unit, an optional first role, the initial password (shown once). */
export function CreateUserForm({ options, defaultUnitId }: { options: UnitOptionProps[]; defaultUnitId: string }) {
  const { status, apply } = useFormStatus();
  const [created, setCreated] = useState<{ id: string; username: string; temporaryPassword: string | null } | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserFormValues, unknown, CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: {
      username: "",
      email: "",
      fullName: "",
      jobTitle: "",
      unitId: defaultUnitId,
      passwordMode: "generate",
      password: "",
      role: "",
      roleUnitId: "",
    },
  });
  const mode = useWatch({ control, name: "passwordMode" });
  const role = useWatch({ control, name: "role" });

  const onSubmit = handleSubmit(async (values) => {
    const res = await createUserAction(values);
    if (apply(res, setError) && res.ok) {
      setCreated(res.data);
      reset();
    }
  });

  if (created) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">Đã tạo tài khoản &ldquo;{created.username}&rdquo;.</Alert>
        {created.temporaryPassword ? (
          <TemporaryPassword password={created.temporaryPassword} username={created.username} />
        ) : (
          <p className="text-sm text-slate-700">Người dùng đăng nhập bằng mật khẩu bạn đã nhập và sẽ phải đổi mật khẩu ở lần đăng nhập đầu.</p>
        )}
        <div className="flex flex-wrap gap-2">
          <Link href={`/admin/users/${created.id}`} className="inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            Mở tài khoản để phân quyền
          </Link>
          <Button variant="secondary" onClick={() => setCreated(null)}>
            Tạo tài khoản khác
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4" aria-label="Tạo tài khoản">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="username" label="Tên đăng nhập" error={errors.username?.message} hint="Chữ thường không dấu, số và . _ - (ví dụ: nguyen.van.a)." required>
          <Input
            id="username"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={!!errors.username}
            aria-describedby={describedBy("username", errors.username?.message, true)}
            {...register("username")}
          />
        </Field>
        <Field id="email" label="E-mail" error={errors.email?.message} hint="Không bắt buộc; dùng được để đăng nhập.">
          <Input id="email" type="email" autoComplete="off" aria-invalid={!!errors.email} aria-describedby={describedBy("email", errors.email?.message, true)} {...register("email")} />
        </Field>
        <Field id="fullName" label="Họ và tên" error={errors.fullName?.message} required>
          <Input id="fullName" aria-invalid={!!errors.fullName} aria-describedby={describedBy("fullName", errors.fullName?.message)} {...register("fullName")} />
        </Field>
        <Field id="jobTitle" label="Chức vụ" error={errors.jobTitle?.message}>
          <Input id="jobTitle" aria-invalid={!!errors.jobTitle} aria-describedby={describedBy("jobTitle", errors.jobTitle?.message)} {...register("jobTitle")} />
        </Field>
      </div>
      <Field id="unitId" label="Đơn vị công tác" error={errors.unitId?.message} required>
        <UnitPicker id="unitId" control={control} name="unitId" options={options} error={errors.unitId?.message} />
      </Field>

      <fieldset className="rounded-md border border-slate-300 p-3">
        <legend className="px-1 text-sm font-medium">Vai trò ban đầu (không bắt buộc)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="role" label="Vai trò" error={errors.role?.message}>
            <Select id="role" aria-invalid={!!errors.role} aria-describedby={describedBy("role", errors.role?.message)} {...register("role")}>
              <option value="">(Chưa gán vai trò)</option>
              <RoleOptions />
            </Select>
          </Field>
          <Field id="roleUnitId" label="Tại đơn vị" error={errors.roleUnitId?.message} hint="Để trống: đơn vị công tác.">
            <UnitPicker
              id="roleUnitId"
              control={control}
              name="roleUnitId"
              options={options}
              emptyLabel="(Đơn vị công tác)"
              disabled={!role}
              error={errors.roleUnitId?.message}
              hint
            />
          </Field>
        </div>
      </fieldset>

      <PasswordChoice mode={mode} registerMode={register("passwordMode")} registerPassword={register("password")} error={errors.password?.message} idPrefix="new" />
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang tạo…" : "Tạo tài khoản"}
        </Button>
      </div>
    </form>
  );
}
