"use client";

import { useMemo } from "react";
import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { FormCombobox, type ComboboxOption } from "@/components/ui/combobox";

/** A unit offered by the admin pickers (`listActiveUnitOptions`): label indented with spaces by level. */
export interface UnitOptionProps {
  id: string;
  label: string;
  path: string;
  level?: number;
}

/** Picker options in tree order: the name without its indentation, the depth, and the parent's name as hint. */
export function unitComboboxOptions(options: UnitOptionProps[]): ComboboxOption[] {
  const parents: string[] = [];
  return options.map((o) => {
    const level = o.level ?? 0;
    const label = o.label.trim();
    parents[level] = label;
    return { value: o.id, label, depth: level, hint: level > 0 ? parents[level - 1] : undefined };
  });
}

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
