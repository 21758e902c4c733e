"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { ALL_ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/schemas";
import {
  addRoleAction,
  createUserAction,
  removeRoleAction,
  resetPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "@/lib/users/actions";
import {
  addRoleSchema,
  createUserSchema,
  resetPasswordSchema,
  updateUserSchema,
  type AddRoleInput,
  type CreateUserFormValues,
  type CreateUserInput,
  type ResetPasswordInput,
  type UpdateUserInput,
} from "@/lib/users/schemas";
import type { Role } from "@/lib/generated/prisma/enums";
import { useFormStatus } from "./form-helpers";
import { TemporaryPassword } from "./temporary-password";
import type { UnitOptionProps } from "./unit-forms";

function UnitOptions({ options }: { options: UnitOptionProps[] }) {
  return (
    <>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </>
  );
}

function RoleOptions() {
  return (
    <>
      {ALL_ROLES.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </>
  );
}

export function CreateUserForm({ options, defaultUnitId }: { options: UnitOptionProps[]; defaultUnitId: string }) {
  const { status, apply } = useFormStatus();
  const [created, setCreated] = useState<{ id: string; username: string; temporaryPassword: string | null } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
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
  const mode = watch("passwordMode");
  const role = watch("role");

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
        <Select id="unitId" aria-invalid={!!errors.unitId} aria-describedby={describedBy("unitId", errors.unitId?.message)} {...register("unitId")} defaultValue={defaultUnitId}>
          <option value="">— Chọn đơn vị —</option>
          <UnitOptions options={options} />
        </Select>
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
            <Select
              id="roleUnitId"
              disabled={!role}
              aria-invalid={!!errors.roleUnitId}
              aria-describedby={describedBy("roleUnitId", errors.roleUnitId?.message, true)}
              {...register("roleUnitId")}
            >
              <option value="">(Đơn vị công tác)</option>
              <UnitOptions options={options} />
            </Select>
          </Field>
        </div>
      </fieldset>

      <PasswordChoice
        mode={mode}
        registerMode={register("passwordMode")}
        registerPassword={register("password")}
        error={errors.password?.message}
        idPrefix="new"
      />
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang tạo…" : "Tạo tài khoản"}
        </Button>
      </div>
    </form>
  );
}

function PasswordChoice({
  mode,
  registerMode,
  registerPassword,
  error,
  idPrefix,
  legend = "Mật khẩu ban đầu",
}: {
  legend?: string;
  mode: string;
  registerMode: ReturnType<ReturnType<typeof useForm>["register"]>;
  registerPassword: ReturnType<ReturnType<typeof useForm>["register"]>;
  error?: string;
  idPrefix: string;
}) {
  const pwId = `${idPrefix}-password`;
  return (
    <fieldset className="rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-col gap-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" value="generate" className="h-4 w-4" {...registerMode} defaultChecked={mode === "generate"} />
          Tạo mật khẩu tạm ngẫu nhiên (hiển thị một lần)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="manual" className="h-4 w-4" {...registerMode} defaultChecked={mode === "manual"} />
          Tự nhập mật khẩu
        </label>
      </div>
      {mode === "manual" && (
        <Field id={pwId} label="Mật khẩu" error={error} hint={PASSWORD_RULE_TEXT} className="mt-3" required>
          <Input id={pwId} type="password" autoComplete="new-password" aria-invalid={!!error} aria-describedby={describedBy(pwId, error, true)} {...registerPassword} />
        </Field>
      )}
      <p className="mt-2 text-xs text-slate-600">Người dùng phải đổi mật khẩu này khi đăng nhập lần đầu.</p>
    </fieldset>
  );
}

export function EditUserForm({
  user,
  options,
}: {
  user: { id: string; email: string | null; fullName: string; jobTitle: string | null; unitId: string; unitClosed: boolean; unitName: string };
  options: UnitOptionProps[];
}) {
  const router = useRouter();
  const { status, apply } = useFormStatus();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UpdateUserInput>({
    resolver: zodResolver(updateUserSchema),
    defaultValues: { id: user.id, email: user.email ?? "", fullName: user.fullName, jobTitle: user.jobTitle ?? "", unitId: user.unitId },
  });
  const onSubmit = handleSubmit(async (values) => {
    if (apply(await updateUserAction(values), setError)) router.refresh();
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
          <Select id="edit-unitId" aria-invalid={!!errors.unitId} aria-describedby={describedBy("edit-unitId", errors.unitId?.message)} {...register("unitId")} defaultValue={user.unitId}>
            {user.unitClosed && <option value={user.unitId}>{user.unitName} (đã giải thể)</option>}
            <UnitOptions options={options} />
          </Select>
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

export function UserStatusControl({ userId, active, isSelf }: { userId: string; active: boolean; isSelf: boolean }) {
  const router = useRouter();
  const { status, apply } = useFormStatus();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  async function run(next: boolean) {
    setBusy(true);
    if (apply(await setUserActiveAction({ id: userId, active: next }))) router.refresh();
    setBusy(false);
    setConfirming(false);
  }
  return (
    <div className="flex flex-col gap-3">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      {active ? (
        isSelf ? (
          <p className="text-sm text-slate-700">Bạn không thể tự khoá tài khoản của chính mình.</p>
        ) : confirming ? (
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm">Khoá tài khoản và kết thúc mọi phiên đăng nhập của tài khoản này?</span>
            <Button variant="danger" disabled={busy} onClick={() => run(false)}>
              {busy ? "Đang khoá…" : "Xác nhận khoá"}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Huỷ
            </Button>
          </div>
        ) : (
          <div>
            <Button variant="danger" onClick={() => setConfirming(true)}>
              Khoá tài khoản
            </Button>
          </div>
        )
      ) : (
        <div>
          <Button variant="secondary" disabled={busy} onClick={() => run(true)}>
            {busy ? "Đang mở khoá…" : "Mở khoá tài khoản"}
          </Button>
        </div>
      )}
    </div>
  );
}

export function ResetPasswordForm({ userId, username, isSelf }: { userId: string; username: string; isSelf: boolean }) {
  const router = useRouter();
  const { status, apply } = useFormStatus();
  const [temporary, setTemporary] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { id: userId, passwordMode: "generate", password: "" } });
  const mode = watch("passwordMode");
  if (isSelf) {
    return (
      <p className="text-sm text-slate-700">
        Để đổi mật khẩu của chính bạn, hãy dùng trang{" "}
        <Link href="/account" className="text-brand-700 underline">
          Tài khoản của tôi
        </Link>
        .
      </p>
    );
  }
  const onSubmit = handleSubmit(async (values) => {
    setTemporary(null);
    const res = await resetPasswordAction(values);
    if (apply(res, setError) && res.ok) {
      setTemporary(res.data.temporaryPassword);
      reset({ id: userId, passwordMode: values.passwordMode, password: "" });
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Đặt lại mật khẩu">
      {status && <Alert tone={status.tone}>{status.text} Các phiên đăng nhập của tài khoản đã kết thúc và khoá đăng nhập (nếu có) đã được gỡ.</Alert>}
      {temporary && <TemporaryPassword password={temporary} username={username} />}
      <PasswordChoice
        mode={mode}
        registerMode={register("passwordMode")}
        registerPassword={register("password")}
        error={errors.password?.message}
        idPrefix="reset"
        legend="Mật khẩu mới (tạm thời)"
      />
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? "Đang đặt lại…" : "Đặt lại mật khẩu"}
        </Button>
      </div>
    </form>
  );
}

export interface RoleRow {
  id: string;
  role: Role;
  unitName: string;
  unitClosed: boolean;
}

export function RoleAssignments({ userId, roles, options, isSelf }: { userId: string; roles: RoleRow[]; options: UnitOptionProps[]; isSelf: boolean }) {
  const router = useRouter();
  const removeStatus = useFormStatus();
  const [removing, setRemoving] = useState<string | null>(null);
  const addStatus = useFormStatus();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddRoleInput>({ resolver: zodResolver(addRoleSchema), defaultValues: { userId, role: "" as Role, unitId: "" } });
  const onAdd = handleSubmit(async (values) => {
    if (addStatus.apply(await addRoleAction(values), setError)) {
      reset({ userId, role: "" as Role, unitId: "" });
      router.refresh();
    }
  });
  const adminCount = roles.filter((r) => r.role === "ADMIN").length;
  return (
    <div className="flex flex-col gap-4">
      {removeStatus.status && <Alert tone={removeStatus.status.tone}>{removeStatus.status.text}</Alert>}
      {roles.length === 0 ? (
        <p className="text-sm text-slate-700">Tài khoản chưa có vai trò nào: người dùng đăng nhập được nhưng chưa dùng được chức năng nào. Hãy gán vai trò bên dưới.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200">
          {roles.map((r) => {
            const lastOwnAdmin = isSelf && r.role === "ADMIN" && adminCount <= 1;
            return (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                <span>
                  <strong>{ROLE_LABELS[r.role]}</strong> tại {r.unitName}{" "}
                  {r.unitClosed && <Badge tone="gray">đơn vị đã giải thể</Badge>}
                </span>
                {lastOwnAdmin ? (
                  <span className="text-xs text-slate-600">Không thể tự gỡ vai trò quản trị cuối cùng</span>
                ) : (
                  <Button
                    variant="ghost"
                    className="min-h-9 px-2 py-1 text-red-700 hover:bg-red-50"
                    disabled={removing === r.id}
                    aria-label={`Gỡ vai trò ${ROLE_LABELS[r.role]} tại ${r.unitName}`}
                    onClick={async () => {
                      setRemoving(r.id);
                      if (removeStatus.apply(await removeRoleAction({ assignmentId: r.id }))) router.refresh();
                      setRemoving(null);
                    }}
                  >
                    {removing === r.id ? "Đang gỡ…" : "Gỡ"}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={onAdd} noValidate className="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3" aria-label="Gán vai trò">
        <p className="text-sm font-medium">Gán thêm vai trò</p>
        {addStatus.status && <Alert tone={addStatus.status.tone}>{addStatus.status.text}</Alert>}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="add-role" label="Vai trò" error={errors.role?.message} required>
            <Select id="add-role" aria-invalid={!!errors.role} aria-describedby={describedBy("add-role", errors.role?.message)} {...register("role")}>
              <option value="">— Chọn vai trò —</option>
              <RoleOptions />
            </Select>
          </Field>
          <Field id="add-unitId" label="Tại đơn vị" error={errors.unitId?.message} hint="Chỉ các đơn vị đang hoạt động." required>
            <Select id="add-unitId" aria-invalid={!!errors.unitId} aria-describedby={describedBy("add-unitId", errors.unitId?.message, true)} {...register("unitId")}>
              <option value="">— Chọn đơn vị —</option>
              <UnitOptions options={options} />
            </Select>
          </Field>
        </div>
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Đang gán…" : "Gán vai trò"}
          </Button>
        </div>
      </form>
    </div>
  );
}
