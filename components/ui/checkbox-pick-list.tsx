"use client";

import type { ReactNode } from "react";

export interface PickOption {
  id: string;
  title: ReactNode;
  detail?: ReactNode;
}

/**
 * A list of records to tick, with "Chọn tất cả" when there is more than one, inside a fieldset whose
 * legend names it and whose hint or error describes it: the awardees of an award decision, the
 * initiatives of a recognition decision. `dataList`/`dataItem` name the data attributes the e2e journeys
 * find the list and its rows by.
 */
export function CheckboxPickList({
  name,
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
  dataList,
  dataItem,
}: {
  name: string;
  legend: ReactNode;
  hint: ReactNode;
  error?: string;
  options: readonly PickOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  dataList: string;
  dataItem: string;
}) {
  const all = options.length > 0 && selected.length === options.length;
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected.filter((x) => x !== id), id] : selected.filter((x) => x !== id));
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4" aria-describedby={error ? `${name}-error` : `${name}-hint`}>
      <legend className="px-1 text-base font-semibold">{legend}</legend>
      <p id={`${name}-hint`} className="mb-2 text-sm text-slate-700">
        {hint}
      </p>
      {options.length > 1 && (
        <label className="mb-2 inline-flex min-h-10 cursor-pointer items-center gap-2 text-sm font-medium">
          <input type="checkbox" className="h-5 w-5 accent-brand-700" checked={all} onChange={(e) => onChange(e.target.checked ? options.map((c) => c.id) : [])} />
          Chọn tất cả ({options.length})
        </label>
      )}
      <ul className="flex flex-col gap-2" {...{ [`data-${dataList}`]: "" }}>
        {options.map((c) => (
          <li key={c.id}>
            <label className="flex cursor-pointer gap-3 rounded-md border border-slate-300 p-3 hover:bg-slate-50" {...{ [`data-${dataItem}`]: c.id }}>
              <input
                type="checkbox"
                value={c.id}
                className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
                checked={selected.includes(c.id)}
                onChange={(e) => toggle(c.id, e.target.checked)}
              />
              <span className="min-w-0 text-sm">
                <span className="block font-medium text-slate-900">{c.title}</span>
                {c.detail && <span className="block text-slate-700">{c.detail}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${name}-error`} className="mt-2 text-sm text-red-700" role="alert" data-field-error>
          {error}
        </p>
      )}
    </fieldset>
  );
}
