import type { ComboboxOption } from "@/components/ui/combobox";

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
