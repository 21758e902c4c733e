"use client";

import Link from "@/components/ui/link";
import { useState, useTransition } from "react";
import { HardCriterionBadge } from "@/components/awards/review-hard-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import { addAgendaItemsAction, moveAgendaItemAction, removeAgendaItemAction } from "@/lib/council/sessions/actions";
import type { AgendaItemView, CandidateView } from "@/lib/council/sessions/queries";

type Result = { ok: boolean; message: string } | null;

/**
 * The session's agenda in order: per proposal the nominee, award form, proposing unit, the form's
 * voting rule and "Được tiếp nhận có giải trình" with the office's justification. While the session is
 * being prepared each item can move up or down or be taken off (back to the admitted list).
 */
export function SessionAgenda({
  sessionId,
  lockVersion,
  campaignId,
  items,
  total,
  editable,
}: {
  sessionId: string;
  lockVersion: number;
  campaignId: string;
  items: AgendaItemView[];
  total: number;
  editable: boolean;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<Result>(null);

  const run = (fn: () => Promise<{ ok: boolean; message?: string; error?: string }>) => {
    setResult(null);
    start(async () => {
      const res = await fn();
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã lưu." });
      } else setResult({ ok: false, message: res.error ?? "Không lưu được." });
    });
  };

  if (items.length === 0) {
    return <p className="text-sm text-slate-700">Chương trình chưa có hồ sơ nào{editable ? ": chọn hồ sơ đã tiếp nhận ở phần dưới để đưa vào." : "."}</p>;
  }
  return (
    <div className="flex flex-col gap-2">
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      <ol className="flex flex-col gap-2" aria-label="Các hồ sơ trong chương trình phiên họp">
        {items.map((it) => (
          <li key={it.id} className="rounded-md border border-slate-300 bg-white p-3 text-sm" data-agenda-item={it.proposalId}>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold">
                  <span className="mr-1 text-slate-600">{it.position}.</span>
                  <Link href={`/campaigns/${campaignId}/awards/${it.proposalId}`} className="text-brand-700 underline">
                    {it.nomineeName}
                  </Link>{" "}
                  <Badge tone="gray">{NOMINEE_TYPE_LABELS[it.nomineeType]}</Badge>
                </p>
                <p className="text-slate-800">
                  {it.formName} · {it.unitName}
                  {it.nomineeDetail ? ` · ${it.nomineeDetail}` : ""}
                </p>
                <p className="text-xs text-slate-700">
                  Quy tắc biểu quyết: {it.rule.quorum}; {it.rule.threshold}.
                </p>
                {it.admissionJustification ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer">
                      <HardCriterionBadge justified />
                      <span className="sr-only">: xem giải trình</span>
                    </summary>
                    <p className="mt-1 whitespace-pre-line rounded bg-amber-50 p-2 text-slate-900">{it.admissionJustification}</p>
                  </details>
                ) : (
                  it.failsHardCriterion && (
                    <p className="mt-1">
                      <HardCriterionBadge justified={false} />
                    </p>
                  )
                )}
              </div>
              {editable && (
                <div className="flex shrink-0 flex-wrap gap-2">
                  <Button
                    variant="secondary"
                    className="min-h-9 px-3 py-1"
                    disabled={pending || it.position === 1}
                    onClick={() => run(() => moveAgendaItemAction({ sessionId, lockVersion, itemId: it.id, direction: "up" }))}
                    aria-label={`Chuyển hồ sơ của ${it.nomineeName} lên trên`}
                  >
                    ↑ Lên
                  </Button>
                  <Button
                    variant="secondary"
                    className="min-h-9 px-3 py-1"
                    disabled={pending || it.position === total}
                    onClick={() => run(() => moveAgendaItemAction({ sessionId, lockVersion, itemId: it.id, direction: "down" }))}
                    aria-label={`Chuyển hồ sơ của ${it.nomineeName} xuống dưới`}
                  >
                    ↓ Xuống
                  </Button>
                  <Button
                    variant="ghost"
                    className="min-h-9 px-3 py-1"
                    disabled={pending}
                    onClick={() => run(() => removeAgendaItemAction({ sessionId, lockVersion, itemId: it.id }))}
                    aria-label={`Rút hồ sơ của ${it.nomineeName} khỏi chương trình`}
                  >
                    Rút khỏi chương trình
                  </Button>
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The campaign's admitted proposals not yet on a session: tick and add them to the agenda. */
export function SessionCandidates({ sessionId, lockVersion, rows }: { sessionId: string; lockVersion: number; rows: CandidateView[] }) {
  const [pending, start] = useTransition();
  const [selected, setSelected] = useState<string[]>([]);
  const [result, setResult] = useState<Result>(null);
  const allOn = rows.length > 0 && rows.every((r) => selected.includes(r.id));

  const add = () => {
    setResult(null);
    if (selected.length === 0) {
      setResult({ ok: false, message: "Vui lòng chọn ít nhất một hồ sơ để đưa vào chương trình." });
      return;
    }
    start(async () => {
      const res = await addAgendaItemsAction({ sessionId, lockVersion, proposalIds: selected });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã thêm." });
        setSelected([]);
      } else setResult({ ok: false, message: res.error });
    });
  };

  return (
    <div className="flex flex-col gap-2">
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">Không còn hồ sơ đã tiếp nhận nào chờ đưa vào phiên họp.</p>
      ) : (
        <>
          <div className="flex items-center gap-2 text-sm">
            <input
              id="cand-all"
              type="checkbox"
              className="h-4 w-4"
              checked={allOn}
              onChange={(e) => setSelected(e.target.checked ? rows.map((r) => r.id) : [])}
            />
            <label htmlFor="cand-all" className="font-medium">
              Chọn tất cả hồ sơ trong trang này
            </label>
          </div>
          <ul className="flex flex-col gap-1">
            {rows.map((r) => (
              <li key={r.id} className="flex items-start gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                <input
                  id={`cand-${r.id}`}
                  type="checkbox"
                  className="mt-1 h-4 w-4"
                  checked={selected.includes(r.id)}
                  onChange={(e) => setSelected((cur) => (e.target.checked ? [...cur, r.id] : cur.filter((x) => x !== r.id)))}
                />
                <label htmlFor={`cand-${r.id}`} className="min-w-0">
                  <span className="font-medium">{r.nomineeName}</span> <span className="text-slate-700">({NOMINEE_TYPE_LABELS[r.nomineeType]})</span>
                  <span className="block text-slate-800">
                    {r.formName} · {r.unitName}
                  </span>
                  {r.admissionJustification && (
                    <span className="mt-1 block">
                      <HardCriterionBadge justified />
                    </span>
                  )}
                </label>
              </li>
            ))}
          </ul>
          <div>
            <Button onClick={add} disabled={pending}>
              {pending ? "Đang thêm…" : `Đưa ${selected.length || ""} hồ sơ đã chọn vào chương trình`.replace("  ", " ")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
