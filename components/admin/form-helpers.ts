"use client";

import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

export type FormStatus = { tone: "success" | "error"; text: string } | null;

/** The message line of a form, and a way to apply a server action's result (field errors next to fields). */
export function useFormStatus() {
  const [status, setStatus] = useState<FormStatus>(null);
  function apply<T extends FieldValues>(res: ActionResult<unknown>, setError?: UseFormSetError<T>): boolean {
    if (res.ok) {
      setStatus(res.message ? { tone: "success", text: res.message } : null);
      return true;
    }
    if (setError) setServerFieldErrors(setError, res.fieldErrors);
    setStatus({ tone: "error", text: res.error });
    return false;
  }
  return { status, setStatus, apply };
}
