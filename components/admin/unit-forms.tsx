"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { closeUnitAction, createUnitAction, moveUnitAction, reopenUnitAction, updateUnitAction } from "@/lib/units/actions";
import {
  closeUnitSchema,
  createUnitSchema,
  moveUnitSchema,
  UNIT_KINDS,
  updateUnitSchema,
  type CloseUnitInput,
  type CreateUnitInput,
  type MoveUnitInput,
  type UpdateUnitInput,
} from "@/lib/units/schemas";
import { UNIT_KIND_LABELS } from "@/lib/units/tree";
import { useFormStatus } from "./form-helpers";
import { UnitPicker, type UnitOptionProps } from "./unit-picker";

export type { UnitOptionProps };

function KindSelect({ id, error, ...props }: { id: string; error?: string } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Select id={id} aria-invalid={!!error} aria-describedby={describedBy(id, error)} {...props}>
      <option value="">— Chọn loại đơn vị —</option>
      {UNIT_KINDS.map((k) => (
        <option key={k} value={k}>
          {UNIT_KIND_LABELS[k]}
        </option>
      ))}
    </Select>
  );
}

export function CreateUnitForm({ options, defaultParentId }: { options: UnitOptionProps[]; defaultParentId: string }) {
  const router = useRouter();
  const { status, apply } = useFormStatus();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateUnitInput>({
    resolver: zodResolver(createUnitSchema),
    defaultValues: { code: "", name: "", shortName: "", documentSymbol: "", kind: "OFFICE", parentId: defaultParentId },
  });
  const onSubmit = handleSubmit(async (values) => {
    const res = await createUnitAction(values);
    if (apply(res, setError) && res.ok) router.push(`/admin/units?unit=${res.data.id}&created=1`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Thêm đơn vị">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <Field id="new-parentId" label="Đơn vị cấp trên" error={errors.parentId?.message} hint="Chỉ các đơn vị đang hoạt động.">
        <UnitPicker id="new-parentId" control={control} name="parentId" options={options} emptyLabel="(Không có — đơn vị cấp cao nhất)" error={errors.parentId?.message} hint />
      </Field>
      <Field id="new-name" label="Tên đơn vị" error={errors.name?.message} required>
        <Input id="new-name" aria-invalid={!!errors.name} aria-describedby={describedBy("new-name", errors.name?.message)} {...register("name")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="new-code" label="Mã đơn vị" error={errors.code?.message} hint="Duy nhất, ví dụ SQHKT-QHKV3." required>
          <Input id="new-code" autoCapitalize="characters" aria-invalid={!!errors.code} aria-describedby={describedBy("new-code", errors.code?.message, true)} {...register("code")} />
        </Field>
        <Field id="new-shortName" label="Tên viết tắt" error={errors.shortName?.message}>
          <Input id="new-shortName" aria-invalid={!!errors.shortName} aria-describedby={describedBy("new-shortName", errors.shortName?.message)} {...register("shortName")} />
        </Field>
      </div>
      <Field id="new-documentSymbol" label="Ký hiệu viết tắt trên văn bản" error={errors.documentSymbol?.message} hint="Dùng trong số văn bản, ví dụ SQHKT trong “Số: 12/QĐ-SQHKT”. Để trống thì dùng mã đơn vị.">
        <Input id="new-documentSymbol" autoCapitalize="characters" aria-invalid={!!errors.documentSymbol} aria-describedby={describedBy("new-documentSymbol", errors.documentSymbol?.message, true)} {...register("documentSymbol")} />
      </Field>
      <Field id="new-kind" label="Loại đơn vị" error={errors.kind?.message} required>
        <KindSelect id="new-kind" error={errors.kind?.message} {...register("kind")} defaultValue="OFFICE" />
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Thêm đơn vị"}
        </Button>
      </div>
    </form>
  );
}

export function EditUnitForm({ unit }: { unit: { id: string; code: string; name: string; shortName: string | null; documentSymbol: string | null; kind: string } }) {
  const { status, apply } = useFormStatus();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UpdateUnitInput>({
    resolver: zodResolver(updateUnitSchema),
    defaultValues: { id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName ?? "", documentSymbol: unit.documentSymbol ?? "", kind: unit.kind as UpdateUnitInput["kind"] },
  });
  const onSubmit = handleSubmit(async (values) => {
    apply(await updateUnitAction(values), setError);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Sửa thông tin đơn vị">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <Field id="edit-name" label="Tên đơn vị" error={errors.name?.message} required>
        <Input id="edit-name" aria-invalid={!!errors.name} aria-describedby={describedBy("edit-name", errors.name?.message)} {...register("name")} defaultValue={unit.name} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="edit-code" label="Mã đơn vị" error={errors.code?.message} required>
          <Input id="edit-code" aria-invalid={!!errors.code} aria-describedby={describedBy("edit-code", errors.code?.message)} {...register("code")} defaultValue={unit.code} />
        </Field>
        <Field id="edit-shortName" label="Tên viết tắt" error={errors.shortName?.message}>
          <Input id="edit-shortName" aria-invalid={!!errors.shortName} aria-describedby={describedBy("edit-shortName", errors.shortName?.message)} {...register("shortName")} defaultValue={unit.shortName ?? ""} />
        </Field>
      </div>
      <Field id="edit-documentSymbol" label="Ký hiệu viết tắt trên văn bản" error={errors.documentSymbol?.message} hint="Dùng trong số văn bản, ví dụ SQHKT trong “Số: 12/QĐ-SQHKT”. Để trống thì dùng mã đơn vị.">
        <Input id="edit-documentSymbol" autoCapitalize="characters" aria-invalid={!!errors.documentSymbol} aria-describedby={describedBy("edit-documentSymbol", errors.documentSymbol?.message, true)} {...register("documentSymbol")} defaultValue={unit.documentSymbol ?? ""} />
      </Field>
      <Field id="edit-kind" label="Loại đơn vị" error={errors.kind?.message} required>
        <KindSelect id="edit-kind" error={errors.kind?.message} {...register("kind")} defaultValue={unit.kind} />
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Lưu thay đổi"}
        </Button>
      </div>
    </form>
  );
}

/** Options that would not create a cycle: not the unit itself nor anything below it. */
function outsideSubtree(options: UnitOptionProps[], unitPath: string) {
  return options.filter((o) => !o.path.startsWith(unitPath));
}

export function MoveUnitForm({ unit, options }: { unit: { id: string; path: string; parentId: string | null }; options: UnitOptionProps[] }) {
  const { status, apply } = useFormStatus();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MoveUnitInput>({ resolver: zodResolver(moveUnitSchema), defaultValues: { id: unit.id, parentId: unit.parentId ?? "" } });
  const onSubmit = handleSubmit(async (values) => {
    apply(await moveUnitAction(values), setError);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Chuyển đơn vị">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <Field
        id="move-parentId"
        label="Đơn vị cấp trên mới"
        error={errors.parentId?.message}
        hint="Các đơn vị trực thuộc được chuyển theo. Không chọn được chính đơn vị này và các đơn vị trực thuộc nó."
      >
        <UnitPicker
          id="move-parentId"
          control={control}
          name="parentId"
          options={outsideSubtree(options, unit.path)}
          emptyLabel="(Không có — đơn vị cấp cao nhất)"
          error={errors.parentId?.message}
          hint
        />
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? "Đang chuyển…" : "Chuyển đơn vị"}
        </Button>
      </div>
    </form>
  );
}

export function CloseUnitForm({ unit, options }: { unit: { id: string; path: string; name: string }; options: UnitOptionProps[] }) {
  const { status, apply } = useFormStatus();
  const confirm = useConfirm();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CloseUnitInput>({ resolver: zodResolver(closeUnitSchema), defaultValues: { id: unit.id, reason: "", mergedIntoId: "" } });
  const onSubmit = handleSubmit(async (values) => {
    const ok = await confirm({
      title: `Giải thể “${unit.name}”?`,
      description: values.mergedIntoId
        ? "Đơn vị chuyển sang trạng thái đã giải thể (sáp nhập). Hồ sơ, lịch sử và tài khoản được giữ nguyên; không thêm được đơn vị trực thuộc hay gán vai trò mới cho đơn vị này. Có thể mở lại sau."
        : "Đơn vị chuyển sang trạng thái giải thể/ngừng hoạt động. Hồ sơ, lịch sử và tài khoản được giữ nguyên; không thêm được đơn vị trực thuộc hay gán vai trò mới cho đơn vị này. Có thể mở lại sau.",
      confirmLabel: values.mergedIntoId ? "Giải thể và sáp nhập" : "Giải thể",
      tone: "danger",
    });
    if (!ok) return;
    apply(await closeUnitAction(values), setError);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Giải thể hoặc sáp nhập đơn vị">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <p className="text-sm text-slate-700">
        Đơn vị đã giải thể vẫn giữ nguyên hồ sơ, lịch sử và tài khoản; không thể thêm đơn vị trực thuộc hay gán vai trò mới cho đơn vị này.
      </p>
      <Field id="close-reason" label="Lý do, căn cứ" error={errors.reason?.message} hint="Ví dụ: Quyết định số 12/QĐ-UBND ngày 30/6/2025." required>
        <Textarea id="close-reason" rows={2} aria-invalid={!!errors.reason} aria-describedby={describedBy("close-reason", errors.reason?.message, true)} {...register("reason")} />
      </Field>
      <Field id="close-mergedIntoId" label="Sáp nhập vào (nếu có)" error={errors.mergedIntoId?.message}>
        <UnitPicker
          id="close-mergedIntoId"
          control={control}
          name="mergedIntoId"
          options={outsideSubtree(options, unit.path)}
          emptyLabel="(Không sáp nhập — giải thể/ngừng hoạt động)"
          error={errors.mergedIntoId?.message}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Giải thể / sáp nhập"}
        </Button>
      </div>
    </form>
  );
}

export function ReopenUnitButton({ unitId }: { unitId: string }) {
  const { status, apply } = useFormStatus();
  const [busy, setBusy] = useState(false);
  return (
    <div className="flex flex-col gap-3">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <div>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            apply(await reopenUnitAction({ id: unitId }));
            setBusy(false);
          }}
        >
          {busy ? "Đang mở lại…" : "Mở lại đơn vị"}
        </Button>
      </div>
    </div>
  );
}
