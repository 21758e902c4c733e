"use client";

import clsx from "clsx";
import { useRouter } from "next/navigation";
import { createContext, useContext, useRef, useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import type { ActionResult } from "@/lib/actions/result";

/**
 * A plain form posting its fields (FormData → object: a repeated name becomes an array) to a server
 * action that answers an ActionResult: the server's field errors are shown next to the fields of the
 * same name and the first one is focused; nothing typed is lost on a refusal, and leaving with unsaved
 * text asks first. On success the page shows the saved state (the action revalidates, so its answer
 * carries the page re-rendered; or `redirect` is followed) and the success message is announced. For the small forms of
 * surveys, the library and replication, whose rules all live on the server.
 */
interface FormState {
  errors: Record<string, string>;
  pending: boolean;
}
const FormContext = createContext<FormState>({ errors: {}, pending: false });

/** Fields whose name is listed come as arrays even when one box is ticked. */
function toObject(fd: FormData, arrays: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of arrays) out[name] = [];
  for (const [k, v] of fd.entries()) {
    if (typeof v !== "string") continue;
    if (arrays.includes(k)) (out[k] as string[]).push(v);
    else if (k in out) out[k] = ([] as unknown[]).concat(out[k], v);
    else out[k] = v;
  }
  return out;
}

export function ActionForm<T>({
  action,
  children,
  submitLabel,
  arrays = [],
  redirect,
  resetOnSuccess,
  confirm,
  className,
  variant = "primary",
  label,
}: {
  action: (input: unknown) => Promise<ActionResult<T>>;
  children?: ReactNode;
  submitLabel: string;
  /** Names sent as arrays (checkbox lists). */
  arrays?: readonly string[];
  redirect?: (data: T) => string;
  resetOnSuccess?: boolean;
  /** Asked before sending (an irreversible step). */
  confirm?: { title: string; body?: string; confirmLabel?: string };
  className?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Accessible name of the form when it has no heading of its own. */
  label?: string;
}) {
  const router = useRouter();
  const ask = useConfirm();
  const ref = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Typed and not yet saved: leaving the page (reload, close, the portal's links) asks first.
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty);

  const onSubmit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const input = toObject(new FormData(form), arrays);
    if (confirm && !(await ask({ title: confirm.title, description: confirm.body, confirmLabel: confirm.confirmLabel ?? submitLabel }))) return;
    setError(null);
    setMessage(null);
    start(async () => {
      const res = await action(input);
      if (res.ok) {
        setDirty(false);
        setErrors({});
        setMessage(res.message ?? "Đã lưu.");
        if (resetOnSuccess) form.reset();
        if (redirect) router.push(redirect(res.data));
      } else {
        const fieldErrors = res.fieldErrors ?? {};
        setErrors(fieldErrors);
        setError(res.error);
        const first = Object.keys(fieldErrors)[0];
        const el = first ? ref.current?.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`) : null;
        el?.focus();
      }
    });
  };

  return (
    <FormContext.Provider value={{ errors, pending }}>
      <form ref={ref} onSubmit={onSubmit} onInput={() => setDirty(true)} noValidate className={clsx("grid gap-3", className)} aria-label={label}>
        {error && (
          <Alert tone="error" className="sm:col-span-full">
            {error}
          </Alert>
        )}
        {message && !error && (
          <p role="status" className="text-sm text-green-800 sm:col-span-full">
            {message}
          </p>
        )}
        {children}
        <div className="sm:col-span-full">
          <Button type="submit" variant={variant} disabled={pending}>
            {pending ? "Đang gửi…" : submitLabel}
          </Button>
        </div>
      </form>
    </FormContext.Provider>
  );
}

function useFieldError(name: string) {
  return useContext(FormContext).errors[name];
}

interface BaseProps {
  name: string;
  label: string;
  id?: string;
  hint?: string;
  required?: boolean;
  className?: string;
  defaultValue?: string;
  maxLength?: number;
}

export function TextField({ type = "text", placeholder, inputMode, ...p }: BaseProps & { type?: string; placeholder?: string; inputMode?: "numeric" | "decimal" | "text" | "tel" | "email" }) {
  const error = useFieldError(p.name);
  const id = p.id ?? `f-${p.name}`;
  return (
    <Field id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className}>
      <Input
        id={id}
        name={p.name}
        type={type}
        inputMode={inputMode}
        placeholder={placeholder}
        defaultValue={p.defaultValue}
        maxLength={p.maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, !!p.hint)}
      />
    </Field>
  );
}

/** A calendar day typed as dd/MM/yyyy (the schema parses it with parseDayVN). */
export function DayField(p: BaseProps) {
  return <TextField {...p} placeholder="dd/mm/yyyy" inputMode="numeric" hint={p.hint ?? "Ngày/tháng/năm, ví dụ 05/04/2027."} />;
}

export function TextAreaField({ rows = 3, ...p }: BaseProps & { rows?: number }) {
  const error = useFieldError(p.name);
  const id = p.id ?? `f-${p.name}`;
  return (
    <Field id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className}>
      <Textarea
        id={id}
        name={p.name}
        rows={rows}
        defaultValue={p.defaultValue}
        maxLength={p.maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, !!p.hint)}
      />
    </Field>
  );
}

export function SelectField({ options, placeholder, ...p }: BaseProps & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const error = useFieldError(p.name);
  const id = p.id ?? `f-${p.name}`;
  return (
    <Field id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className}>
      <Select id={id} name={p.name} defaultValue={p.defaultValue ?? ""} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, !!p.hint)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A list of checkboxes sent as an array (list the name in ActionForm's `arrays`). */
export function CheckboxListField({ name, legend, options, hint, className }: { name: string; legend: string; options: readonly { value: string; label: string; hint?: string }[]; hint?: string; className?: string }) {
  const error = useFieldError(name);
  const id = `f-${name}`;
  return (
    <fieldset className={clsx("grid gap-1", className)} aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-900">{legend}</legend>
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700" data-field-error>
          {error}
        </p>
      )}
      <ul className="grid max-h-72 gap-1 overflow-y-auto rounded-md border border-slate-200 p-2">
        {options.map((o, i) => (
          <li key={o.value} className="flex items-start gap-2">
            <input id={`${id}-${i}`} type="checkbox" name={name} value={o.value} className="mt-1 h-4 w-4 accent-brand-700" />
            <label htmlFor={`${id}-${i}`} className="text-sm text-slate-900">
              {o.label}
              {o.hint && <span className="block text-xs text-slate-600">{o.hint}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}
