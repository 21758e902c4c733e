"use client";

import clsx from "clsx";
import { Command } from "cmdk";
import { Popover } from "radix-ui";
import { forwardRef, useId, useMemo, useState, type KeyboardEvent } from "react";
import { useController, type Control, type FieldPath, type FieldValues } from "react-hook-form";
import { foldSearchText, matchesSearch } from "./search-text";

export interface ComboboxOption {
  value: string;
  label: string;
  /** Shown under the label and searched too: e.g. the parent unit, the user's unit or username. */
  hint?: string;
  /** Indentation level in a tree (units), shown as padding. */
  depth?: number;
  disabled?: boolean;
}

/** How many matches are drawn at once; more are counted ("gõ thêm để thu hẹp"). */
const MAX_SHOWN = 100;
const NONE = "\u0000none";

export interface ComboboxProps {
  /** The trigger button's id: a `<label htmlFor={id}>` (e.g. `Field`) names it. */
  id: string;
  options: ComboboxOption[];
  /** Controlled value; leave out (with `defaultValue`) in a plain form posted by `name`. */
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  onBlur?: () => void;
  /** When set, a hidden input of that name carries the value (forms posted as FormData / GET). */
  name?: string;
  /** Offer an empty choice with this label ("— Không chọn —", "Tất cả đơn vị"). */
  emptyLabel?: string;
  /** Trigger text when nothing is chosen and there is no `emptyLabel`. */
  placeholder?: string;
  searchLabel?: string;
  notFoundText?: string;
  disabled?: boolean;
  className?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  "aria-required"?: boolean | "true" | "false";
}

/**
 * A searchable picker (a Radix popover holding a cmdk list) for long lists of units or people: the
 * search ignores diacritics and đ ("phong ke hoach" finds "Phòng Kế hoạch"), words match in any order;
 * arrows, Home/End, Enter choose, Esc closes and gives focus back to the button. Controlled, or
 * uncontrolled with `defaultValue` (e.g. in a server-rendered GET filter form); with `name`, a hidden
 * input posts the value. In react-hook-form use `FormCombobox`.
 */
export const Combobox = forwardRef<HTMLButtonElement, ComboboxProps>(function Combobox(
  {
    id,
    options,
    value: controlled,
    defaultValue = "",
    onChange,
    onBlur,
    name,
    emptyLabel,
    placeholder = "Chọn…",
    searchLabel = "Tìm (gõ không dấu cũng được)",
    notFoundText = "Không tìm thấy.",
    disabled,
    className,
    ...aria
  },
  ref,
) {
  const [open, setOpen] = useState(false);
  // The popup the button controls while open (as Radix would set it; stated here for role="combobox").
  const popupId = useId();
  const [own, setOwn] = useState(defaultValue);
  const value = controlled ?? own;
  const [query, setQuery] = useState("");
  const selected = options.find((o) => o.value === value);
  const indexed = useMemo(
    () => options.map((o) => ({ option: o, label: foldSearchText(o.label), folded: foldSearchText(`${o.label} ${o.hint ?? ""}`) })),
    [options],
  );
  // Matches of the name itself first, then those found through the hint (e.g. the parent unit).
  const matches = useMemo(() => {
    if (!query.trim()) return indexed;
    const found = indexed.filter((i) => matchesSearch(i.folded, query));
    return [...found.filter((i) => matchesSearch(i.label, query)), ...found.filter((i) => !matchesSearch(i.label, query))];
  }, [indexed, query]);
  const shown = matches.slice(0, MAX_SHOWN);

  const choose = (v: string) => {
    if (controlled === undefined) setOwn(v);
    onChange?.(v);
    setOpen(false);
  };

  const onTriggerKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    // Typing a letter on the closed picker opens it with that letter as the search.
    if (!open && e.key.length === 1 && e.key !== " " && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setQuery(e.key);
      setOpen(true);
    } else if (!open && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      setOpen(true);
    }
  };

  return (
    <Popover.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) {
          setQuery("");
          onBlur?.();
        }
      }}
    >
      <Popover.Trigger asChild>
        <button
          ref={ref}
          id={id}
          type="button"
          role="combobox"
          aria-expanded={open}
          aria-controls={open ? popupId : undefined}
          aria-haspopup="listbox"
          disabled={disabled}
          onKeyDown={onTriggerKeyDown}
          data-combobox
          className={clsx(
            "flex min-h-10 w-full items-center justify-between gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 text-left text-sm text-slate-900 aria-[invalid=true]:border-red-700 disabled:cursor-not-allowed disabled:bg-slate-100",
            className,
          )}
          {...aria}
        >
          <span className={clsx("min-w-0 flex-1 truncate", !selected && !emptyLabel && "text-slate-500")} title={selected?.label}>{selected ? selected.label : (emptyLabel ?? placeholder)}</span>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0 text-slate-600" fill="currentColor">
            <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
          </svg>
        </button>
      </Popover.Trigger>
      {name !== undefined && <input type="hidden" name={name} value={value} />}
      <Popover.Portal>
        <Popover.Content
          id={popupId}
          align="start"
          sideOffset={4}
          collisionPadding={8}
          className="z-50 w-[max(var(--radix-popover-trigger-width),min(24rem,calc(100vw-1rem)))] rounded-md border border-slate-300 bg-white shadow-lg"
        >
          <Command shouldFilter={false} loop label={searchLabel} defaultValue={value || NONE}>
            <Command.Input
              value={query}
              onValueChange={setQuery}
              aria-label={searchLabel}
              placeholder={searchLabel}
              className="block w-full rounded-t-md border-b border-slate-300 px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 focus:outline-none focus-visible:outline-none"
            />
            <Command.List className="max-h-72 overflow-y-auto p-1 text-sm">
              <Command.Empty className="px-3 py-2 text-slate-600">{notFoundText}</Command.Empty>
              {emptyLabel !== undefined && !query.trim() && (
                <ComboboxItem value={NONE} label={emptyLabel} selected={!value} onSelect={() => choose("")} />
              )}
              {shown.map(({ option }) => (
                <ComboboxItem key={option.value} value={option.value} label={option.label} hint={option.hint} depth={query.trim() ? undefined : option.depth} disabled={option.disabled} selected={option.value === value} onSelect={() => choose(option.value)} />
              ))}
              {matches.length > shown.length && (
                <p className="px-3 py-2 text-xs text-slate-600" role="status">
                  Còn {(matches.length - shown.length).toLocaleString("vi-VN")} kết quả nữa — gõ thêm để thu hẹp.
                </p>
              )}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
});

function ComboboxItem({ value, label, hint, depth, disabled, selected, onSelect }: { value: string; label: string; hint?: string; depth?: number; disabled?: boolean; selected: boolean; onSelect: () => void }) {
  return (
    <Command.Item
      value={value}
      disabled={disabled}
      onSelect={onSelect}
      data-checked={selected ? "" : undefined}
      style={depth ? { paddingLeft: `${0.75 + depth * 1}rem` } : undefined}
      className="flex cursor-pointer items-start gap-2 rounded px-3 py-2 text-slate-900 data-[disabled=true]:cursor-not-allowed data-[disabled=true]:text-slate-400 data-[selected=true]:bg-brand-50 data-[selected=true]:text-brand-800"
    >
      <span aria-hidden="true" className="w-4 shrink-0 text-brand-700">
        {selected ? "✓" : ""}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block">{label}</span>
        {hint && <span className="block text-xs text-slate-600">{hint}</span>}
      </span>
    </Command.Item>
  );
}

/**
 * `Combobox` bound to a react-hook-form field (a controller): its errors focus the button. `nullable`
 * stores "" as null (fields whose schema takes null for "none").
 */
export function FormCombobox<T extends FieldValues>({
  control,
  name,
  nullable,
  hiddenName,
  ...props
}: Omit<ComboboxProps, "value" | "onChange" | "onBlur" | "name"> & {
  control: Control<T>;
  name: FieldPath<T>;
  nullable?: boolean;
  /** Also post the value under this name (FormData). */
  hiddenName?: string;
}) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ control, name });
  return (
    <Combobox
      {...props}
      ref={ref}
      name={hiddenName}
      value={(value as string | null | undefined) ?? ""}
      onChange={(v) => onChange(nullable && v === "" ? null : v)}
      onBlur={onBlur}
    />
  );
}
