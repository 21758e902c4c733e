"use client";

import type { Control } from "react-hook-form";
import { FormCombobox, type ComboboxOption } from "@/components/ui/combobox";
import type { RegistrationFormInput } from "@/lib/registrations/schemas";

export interface ReplicableModelOption {
  id: string;
  title: string;
  unitName: string;
}

/**
 * The recognised model a Mẫu 1 row adopts ("nhân rộng"): a searchable picker (title or unit, without
 * diacritics) instead of a <select> per row, which repeated up to 300 models in every row of the form's HTML.
 * Loaded after the page (registration-editor.tsx): the Mẫu 1 page's first load stays as it was.
 */
export function ReplicatedModelField({
  id,
  control,
  index,
  options,
  invalid,
  describedBy,
}: {
  id: string;
  control: Control<RegistrationFormInput>;
  index: number;
  /** Made once for the form (registration-editor.tsx): the picker indexes them for its search whenever they change. */
  options: ComboboxOption[];
  invalid: boolean;
  describedBy: string | undefined;
}) {
  return (
    <FormCombobox
      id={id}
      control={control}
      name={`rows.${index}.replicatesModelId`}
      options={options}
      emptyLabel="Không (nội dung mới)"
      searchLabel="Tìm mô hình theo tên hoặc đơn vị (gõ không dấu cũng được)"
      notFoundText="Không tìm thấy mô hình nào."
      aria-invalid={invalid}
      aria-describedby={describedBy}
    />
  );
}

