"use client";

import { useRef, useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { castVotesAction } from "@/lib/council/voting/actions";
import { VOTE_CHOICES } from "@/lib/council/voting/schemas";

/**
 * The member's whole ballot: the items (rendered on the server, each with its radio group) are the
 * children; one "Ghi nhận biểu quyết" sends every item that has a choice. Sending again after changing
 * one item changes that vote only (until the chair closes the ballot).
 */
export function BallotForm({ sessionId, total, initialChosen, disabled, children }: { sessionId: string; total: number; initialChosen: number; disabled: boolean; children: ReactNode }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();
  const [chosen, setChosen] = useState(initialChosen);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  // Choices changed since the last "Ghi nhận biểu quyết": warn before leaving them unsent.
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty && !disabled, "Bạn có lựa chọn biểu quyết chưa ghi nhận. Rời trang này và bỏ các lựa chọn đó?");

  const collect = () => {
    const data = new FormData(formRef.current!);
    const votes: { agendaItemId: string; choice: string }[] = [];
    for (const [name, value] of data.entries()) {
      if (name.startsWith("vote:") && (VOTE_CHOICES as readonly string[]).includes(String(value))) votes.push({ agendaItemId: name.slice(5), choice: String(value) });
    }
    return votes;
  };

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setResult(null);
    const votes = collect();
    if (!votes.length) {
      setResult({ ok: false, message: "Bạn chưa chọn biểu quyết cho đề nghị nào." });
      return;
    }
    start(async () => {
      const res = await castVotesAction({ sessionId, votes });
      setResult(res.ok ? { ok: true, message: res.message ?? "Đã ghi nhận biểu quyết." } : { ok: false, message: res.error });
      if (res.ok) {
        setDirty(false);
      }
    });
  };

  const agreeRest = () => {
    const form = formRef.current!;
    const groups = new Set<string>();
    form.querySelectorAll<HTMLInputElement>('input[type="radio"][name^="vote:"]').forEach((r) => groups.add(r.name));
    for (const name of groups) {
      const radios = form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(name)}"]`);
      if ([...radios].some((r) => r.checked)) continue;
      radios.forEach((r) => {
        if (r.value === "AGREE") r.checked = true;
      });
    }
    setChosen(collect().length);
    setDirty(true);
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} onChange={() => {
        setChosen(collect().length);
        setDirty(true);
      }} noValidate aria-label="Phiếu biểu quyết">
      {children}
      {!disabled && (
        <div className="sticky bottom-0 z-10 -mx-4 mt-4 border-t border-slate-300 bg-white/95 px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.06)] backdrop-blur" data-print-hide>
          {result && (
            <Alert tone={result.ok ? "success" : "error"} className="mb-2">
              {result.message}
            </Alert>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Đang ghi nhận…" : "Ghi nhận biểu quyết"}
            </Button>
            {chosen < total && (
              <Button variant="secondary" onClick={agreeRest} disabled={pending}>
                Chọn «Đồng ý» cho các đề nghị chưa chọn
              </Button>
            )}
            <span className="text-sm text-slate-700" aria-live="polite">
              Đã chọn {chosen}/{total} đề nghị
            </span>
          </div>
        </div>
      )}
    </form>
  );
}
