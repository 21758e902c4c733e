"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Select } from "@/components/ui/field";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { addRoleAction, removeRoleAction } from "@/lib/users/actions";
import { addRoleSchema, type AddRoleInput } from "@/lib/users/schemas";
import { useFormStatus } from "./form-helpers";
import { UnitPicker, type UnitOptionProps } from "./unit-picker";
import { RoleOptions } from "./user-form-parts";

export interface RoleRow {
  id: string;
  role: Role;
  unitName: string;
  unitClosed: boolean;
}

/** An account's roles per unit: "Gỡ" one (never one's own last ADMIN role), "Gán vai trò" another. */
export function RoleAssignments({ userId, roles, options, isSelf }: { userId: string; roles: RoleRow[]; options: UnitOptionProps[]; isSelf: boolean }) {
  const removeStatus = useFormStatus();
  const [removing, setRemoving] = useState<string | null>(null);
  const addStatus = useFormStatus();
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddRoleInput>({ resolver: zodResolver(addRoleSchema), defaultValues: { userId, role: "" as Role, unitId: "" } });
  const onAdd = handleSubmit(async (values) => {
    if (addStatus.apply(await addRoleAction(values), setError)) {
      reset({ userId, role: "" as Role, unitId: "" });
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
                  <strong>{ROLE_LABELS[r.role]}</strong> tại {r.unitName} {r.unitClosed && <Badge tone="gray">đơn vị đã giải thể</Badge>}
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
                      removeStatus.apply(await removeRoleAction({ assignmentId: r.id }));
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
            <UnitPicker id="add-unitId" control={control} name="unitId" options={options} error={errors.unitId?.message} hint />
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
