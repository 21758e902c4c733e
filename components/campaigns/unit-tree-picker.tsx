"use client";

import { useEffect, useRef } from "react";
import type { UnitOption } from "@/lib/campaigns/unit-options";

/**
 * Indented checkbox tree of the units that may take part (the issuing unit's subtree).
 * "Chọn tất cả" selects every active unit; units that already registered cannot be unticked.
 */
export function UnitTreePicker({
  id,
  options,
  value,
  onChange,
  onBlur,
  lockedIds = [],
  error,
}: {
  id: string;
  options: UnitOption[];
  value: string[];
  onChange: (ids: string[]) => void;
  onBlur?: () => void;
  lockedIds?: string[];
  error?: string;
}) {
  const selected = new Set(value);
  const selectable = options.filter((o) => o.active);
  const allChecked = selectable.length > 0 && selectable.every((o) => selected.has(o.id));
  const someChecked = !allChecked && selectable.some((o) => selected.has(o.id));
  const allRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = someChecked;
  }, [someChecked]);

  const order = (ids: Set<string>) => options.map((o) => o.id).filter((x) => ids.has(x));
  const toggle = (unitId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(unitId);
    else if (!lockedIds.includes(unitId)) next.delete(unitId);
    onChange(order(next));
  };
  const toggleAll = (on: boolean) => {
    const next = new Set(on ? [...selected, ...selectable.map((o) => o.id)] : value.filter((x) => lockedIds.includes(x)));
    onChange(order(next));
  };
  const toggleBranch = (o: UnitOption) => {
    const ids = [o.id, ...o.descendantIds].filter((x) => options.find((u) => u.id === x)?.active);
    const next = new Set(selected);
    const on = !ids.every((x) => selected.has(x));
    for (const x of ids) {
      if (on) next.add(x);
      else if (!lockedIds.includes(x)) next.delete(x);
    }
    onChange(order(next));
  };

  return (
    <fieldset
      id={id}
      className="rounded-md border border-slate-300 p-3"
      aria-describedby={error ? `${id}-error` : `${id}-count`}
      aria-invalid={error ? true : undefined}
      tabIndex={-1}
    >
      <legend className="px-1 text-sm font-medium text-slate-900">
        Đơn vị tham gia<span className="text-red-700" aria-hidden="true"> *</span>
      </legend>
      {options.length === 0 ? (
        <p className="text-sm text-slate-700">Đơn vị ban hành chưa có đơn vị trực thuộc đang hoạt động. Quản trị hệ thống cần thêm đơn vị trước.</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 pb-2">
            <label className="flex min-h-10 items-center gap-2 text-sm font-semibold">
              <input
                ref={allRef}
                type="checkbox"
                className="h-5 w-5"
                checked={allChecked}
                onChange={(e) => toggleAll(e.target.checked)}
                onBlur={onBlur}
              />
              Chọn tất cả
            </label>
            <p id={`${id}-count`} className="text-sm text-slate-700" aria-live="polite">
              Đã chọn {value.length}/{selectable.length} đơn vị
            </p>
          </div>
          <ul className="mt-1 max-h-96 overflow-y-auto">
            {options.map((o) => {
              const locked = lockedIds.includes(o.id) && selected.has(o.id);
              return (
                <li key={o.id} className="flex flex-wrap items-center gap-x-2" style={{ paddingLeft: `${o.depth * 1.5}rem` }}>
                  <label className="flex min-h-10 flex-1 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="h-5 w-5 shrink-0"
                      checked={selected.has(o.id)}
                      disabled={locked || (!o.active && !selected.has(o.id))}
                      onChange={(e) => toggle(o.id, e.target.checked)}
                      onBlur={onBlur}
                    />
                    <span>
                      {o.name}
                      {!o.active && <span className="text-amber-800"> (đã ngừng hoạt động)</span>}
                      {locked && <span className="text-slate-600"> (đã lập Mẫu 1)</span>}
                    </span>
                  </label>
                  {o.descendantIds.length > 0 && (
                    <button type="button" className="rounded px-2 py-1 text-xs text-brand-700 underline" onClick={() => toggleBranch(o)}>
                      Chọn/bỏ cả nhánh
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-field-error>
          {error}
        </p>
      )}
    </fieldset>
  );
}
