"use client";

import { AlertDialog } from "radix-ui";
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "./button";

export type ConfirmOptions = {
  /** The question, e.g. "Xoá hình thức khen thưởng?". */
  title: string;
  /** What happens if the user goes on (and whether it can be undone). */
  description?: ReactNode;
  /** The button that does it, named by what it does: "Xoá", "Trả lại", "Gửi"… */
  confirmLabel: string;
  /** Default "Huỷ". */
  cancelLabel?: string;
  /** "danger" for destructive or irreversible actions (red button). */
  tone?: "danger" | "default";
};

type Pending = ConfirmOptions & { resolve: (ok: boolean) => void };

const ConfirmContext = createContext<((options: ConfirmOptions) => Promise<boolean>) | null>(null);

/**
 * Mounts the one confirmation dialog of the portal (`AppShell`). Components ask with `useConfirm()`:
 *
 *     const confirm = useConfirm();
 *     if (!(await confirm({ title: "Xoá phiên họp?", description: "…", confirmLabel: "Xoá", tone: "danger" }))) return;
 *
 * A Radix alert dialog: focus moves into it (onto "Huỷ", the safe choice) and stays there, Esc or "Huỷ"
 * answers false, and focus returns to the button that opened it.
 */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [open, setOpen] = useState(false);
  const pendingRef = useRef<Pending | null>(null);
  // Opened from code, not from a Radix trigger: focus goes back to what had it (the button pressed).
  const returnFocus = useRef<HTMLElement | null>(null);

  const confirm = useCallback((options: ConfirmOptions) => {
    // A second question while one is open answers the first with "no".
    pendingRef.current?.resolve(false);
    if (!pendingRef.current) returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return new Promise<boolean>((resolve) => {
      const next = { ...options, resolve };
      pendingRef.current = next;
      setPending(next);
      setOpen(true);
    });
  }, []);

  const answer = useCallback((ok: boolean) => {
    const current = pendingRef.current;
    pendingRef.current = null;
    setOpen(false);
    current?.resolve(ok);
  }, []);

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <AlertDialog.Root open={open} onOpenChange={(o) => !o && answer(false)}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/50" />
          <AlertDialog.Content
            data-confirm-dialog
            onCloseAutoFocus={(e) => {
              e.preventDefault();
              const el = returnFocus.current;
              returnFocus.current = null;
              if (el?.isConnected) el.focus();
            }}
            className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 rounded-lg border border-slate-300 bg-white p-5 shadow-xl focus:outline-none"
          >
            <AlertDialog.Title className="text-base font-semibold text-slate-900">{pending?.title}</AlertDialog.Title>
            {pending?.description ? (
              <AlertDialog.Description asChild>
                <div className="mt-2 text-sm text-slate-700">{pending.description}</div>
              </AlertDialog.Description>
            ) : (
              <AlertDialog.Description className="sr-only">{pending?.title}</AlertDialog.Description>
            )}
            <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <AlertDialog.Cancel className={buttonClass("secondary")}>{pending?.cancelLabel ?? "Huỷ"}</AlertDialog.Cancel>
              <AlertDialog.Action
                className={buttonClass(pending?.tone === "danger" ? "danger" : "primary")}
                onClick={(e) => {
                  e.preventDefault();
                  answer(true);
                }}
              >
                {pending?.confirmLabel}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </ConfirmContext.Provider>
  );
}

/** Ask before doing something: resolves true when the user chose the action, false on "Huỷ" or Esc. */
export function useConfirm() {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error("useConfirm() needs <ConfirmProvider> (mounted by AppShell).");
  return confirm;
}
