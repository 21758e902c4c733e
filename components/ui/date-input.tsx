"use client";

import clsx from "clsx";
import { useState } from "react";
import { useController, type Control, type FieldPath, type FieldValues } from "react-hook-form";
import { dayToInputVN, parseDayVN } from "@/lib/time/vn";
import { DAY_FORMAT_ERROR, DAY_FORMAT_HINT } from "@/lib/validation/day-messages";

/**
 * A date typed as dd/MM/yyyy, whatever the browser's language (an <input type=date> shows the
 * browser's own order: an English browser shows 04/05/2027 for 5 April).
 * The form keeps "yyyy-MM-dd", the format every schema expects; text that is not a real day is
 * passed as typed, so the schema refuses it, and a format message is shown here once the field is left —
 * until the form itself flags the field (`aria-invalid`): the Field then shows the schema's message (the same
 * words for a mistyped day, lib/validation/day-messages.ts) and this line goes back to the hint, so the field
 * never shows two messages.
 * Use inside a <Field>; `aria-describedby` from the Field is kept and the format line is added to it.
 */
export function DateInput<T extends FieldValues, TContext, TOut extends FieldValues>({
  control,
  name,
  id,
  className,
  disabled,
  "aria-invalid": ariaInvalid,
  "aria-describedby": ariaDescribedBy,
}: {
  control: Control<T, TContext, TOut>;
  name: FieldPath<T>;
  id: string;
  className?: string;
  disabled?: boolean;
  "aria-invalid"?: boolean | "true" | "false";
  "aria-describedby"?: string;
}) {
  const {
    field: { ref, name: fieldName, value: fieldValue, onChange, onBlur },
  } = useController({ control, name });
  const value = typeof fieldValue === "string" ? fieldValue : "";
  const [text, setText] = useState(() => dayToInputVN(value));
  const [seen, setSeen] = useState(value);
  const [left, setLeft] = useState(false);
  // The value changed from outside (reset, setValue): show it.
  if (value !== seen) {
    setSeen(value);
    if ((parseDayVN(text) ?? text.trim()) !== value) setText(dayToInputVN(value));
  }
  const flaggedByForm = ariaInvalid === true || ariaInvalid === "true";
  const malformed = left && !flaggedByForm && text.trim() !== "" && parseDayVN(text) === null;
  const formatId = `${id}-format`;
  return (
    <>
      <input
        ref={ref}
        id={id}
        name={fieldName}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        disabled={disabled}
        value={text}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          onChange(parseDayVN(t) ?? t.trim());
        }}
        onBlur={() => {
          setLeft(true);
          const day = parseDayVN(text);
          if (day) setText(dayToInputVN(day));
          onBlur();
        }}
        aria-invalid={malformed || flaggedByForm ? true : undefined}
        aria-describedby={[ariaDescribedBy, formatId].filter(Boolean).join(" ")}
        className={clsx(
          "block min-h-10 w-full max-w-[12rem] rounded-md border border-slate-400 bg-white px-3 py-2 text-sm tabular-nums text-slate-900 placeholder:text-slate-500 aria-[invalid=true]:border-red-700",
          className,
        )}
      />
      <p id={formatId} className={malformed ? "text-sm text-red-700" : "text-xs text-slate-600"} data-field-error={malformed ? true : undefined}>
        {malformed ? DAY_FORMAT_ERROR : DAY_FORMAT_HINT}
      </p>
    </>
  );
}
