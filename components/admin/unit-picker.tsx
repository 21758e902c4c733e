"use client";

import { useMemo } from "react";
import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { FormCombobox, type ComboboxOption } from "@/components/ui/combobox";
import { unitComboboxOptions, type UnitOptionProps } from "./unit-options";

export type { UnitOptionProps };

/** The searchable unit picker of the admin forms, bound to a react-hook-form field. */
export function UnitPicker<T extends FieldValues>({
  id,
  control,
  name,
  options,
  emptyLabel,
  error,
  hint,
  disabled,
  extra,
}: {
  id: string;
  control: Control<T>;
  name: FieldPath<T>;
  options: UnitOptionProps[];
  emptyLabel?: string;
  error?: string;
  /** Whether the field shows a hint (`<id>-hint`). */
  hint?: boolean;
  disabled?: boolean;
  /** Options shown first (e.g. the user's current unit, now closed). */
  extra?: ComboboxOption[];
}) {
  const items = useMemo(() => [...(extra ?? []), ...unitComboboxOptions(options)], [options, extra]);
  return (
    <FormCombobox
      id={id}
      control={control}
      name={name}
      options={items}
      emptyLabel={emptyLabel}
      placeholder="— Chọn đơn vị —"
      searchLabel="Tìm đơn vị (gõ không dấu cũng được)"
      notFoundText="Không tìm thấy đơn vị."
      disabled={disabled}
      aria-invalid={!!error}
      aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
    />
  );
}
