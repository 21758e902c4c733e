"use client";

import { useMemo, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Field, Input, Textarea, describedBy } from "@/components/ui/field";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { formatPoints } from "@/lib/appraisal/rubric";
import { saveScoresAction, submitScoresAction } from "@/lib/appraisal/scoring/actions";
import { commentKey, POINTS_NOT_A_NUMBER, pointsKey } from "@/lib/appraisal/scoring/schemas";
import { parseVnNumber } from "@/lib/progress/rules";

export interface ScoreFormCriterion {
  id: string;
  name: string;
  description: string | null;
  maxPoints: number;
}

type Row = { points: string; comment: string };

/** Points typed by the evaluator: "12,5" or "12.5" → 12.5; empty → null; anything else → a message. */
function readPoints(text: string): { value: number | null; error?: string } {
  const parsed = parseVnNumber(text);
  if (parsed.ok) return { value: parsed.value };
  if (parsed.empty) return { value: null };
  return { value: null, error: POINTS_NOT_A_NUMBER };
}

/**
 * The evaluator's score sheet: per criterion the points (0 to its maximum, steps of 0.5; a Vietnamese
 * decimal comma is accepted) and a comment, with the running total. "Lưu nháp" keeps a draft; "Gửi kết
 * quả chấm" asks first, then the sheet becomes read-only. The server checks everything again.
 */
export function ScoreForm({
  assignmentId,
  lockVersion: initialLockVersion,
  criteria,
  initial,
}: {
  assignmentId: string;
  lockVersion: number;
  criteria: ScoreFormCriterion[];
  initial: Record<string, { points: number; comment: string | null }>;
}) {
  const confirm = useConfirm();
  const [pending, start] = useTransition();
  const [lockVersion, setLockVersion] = useState(initialLockVersion);
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(criteria.map((c) => [c.id, { points: initial[c.id] ? formatPoints(initial[c.id].points) : "", comment: initial[c.id]?.comment ?? "" }])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty, "Bạn có điểm chưa lưu. Rời trang này và bỏ các thay đổi đó?");

  const maxTotal = criteria.reduce((s, c) => s + c.maxPoints, 0);
  const { total, scored } = useMemo(() => {
    let t = 0;
    let n = 0;
    for (const c of criteria) {
      const { value } = readPoints(rows[c.id].points);
      if (value !== null && value >= 0 && value <= c.maxPoints) {
        t += value;
        n++;
      }
    }
    return { total: t, scored: n };
  }, [rows, criteria]);

  const set = (id: string, patch: Partial<Row>) => {
    setRows((r) => ({ ...r, [id]: { ...r[id], ...patch } }));
    setDirty(true);
  };

  const focusFirstError = (keys: string[]) => {
    const first = criteria.flatMap((c) => [pointsKey(c.id), commentKey(c.id)]).find((k) => keys.includes(k));
    if (first) document.getElementById(first)?.focus();
  };

  const send = async (submit: boolean) => {
    setResult(null);
    const local: Record<string, string> = {};
    const scores = criteria.map((c) => {
      const { value, error } = readPoints(rows[c.id].points);
      if (error) local[pointsKey(c.id)] = error;
      return { criterionId: c.id, points: value, comment: rows[c.id].comment.trim() };
    });
    if (Object.keys(local).length) {
      setErrors(local);
      setResult({ ok: false, message: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu." });
      focusFirstError(Object.keys(local));
      return;
    }
    if (submit) {
      const ok = await confirm({
        title: "Gửi kết quả chấm?",
        description: `Tổng điểm: ${formatPoints(total)}/${formatPoints(maxTotal)}. Sau khi gửi, bạn không sửa được nữa; chỉ Chủ tịch đợt thẩm định mới mở lại được.`,
        confirmLabel: "Gửi kết quả chấm",
      });
      if (!ok) return;
    }
    start(async () => {
      const res = await (submit ? submitScoresAction : saveScoresAction)({ assignmentId, lockVersion, scores });
      if (res.ok) {
        setErrors({});
        setLockVersion(res.data.lockVersion);
        setDirty(false);
        setResult({ ok: true, message: res.message ?? "Đã lưu." });
        return;
      }
      // Field errors come keyed by criterion ("points:<id>"), or by position for the schema's own checks.
      const mapped: Record<string, string> = {};
      for (const [key, message] of Object.entries(res.fieldErrors ?? {})) {
        const m = /^scores\.(\d+)\.(points|comment)$/.exec(key);
        if (m && scores[Number(m[1])]) {
          const id = scores[Number(m[1])].criterionId;
          mapped[m[2] === "points" ? pointsKey(id) : commentKey(id)] = message;
        } else mapped[key] = message;
      }
      setErrors(mapped);
      setResult({ ok: false, message: res.error });
      focusFirstError(Object.keys(mapped));
    });
  };

  return (
    <form
      noValidate
      aria-labelledby="score-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void send(false);
      }}
      className="flex flex-col gap-4"
    >
      <h2 id="score-form-title" className="text-lg font-semibold">
        Phiếu chấm điểm
      </h2>
      <ol className="flex flex-col gap-4">
        {criteria.map((c, i) => {
          const pk = pointsKey(c.id);
          const ck = commentKey(c.id);
          return (
            <li key={c.id} className="rounded-lg border border-slate-300 bg-white p-4" data-criterion={c.name}>
              <h3 className="font-semibold text-slate-900">
                {i + 1}. {c.name}
              </h3>
              {c.description && <p className="mt-1 text-sm text-slate-700">{c.description}</p>}
              <p className="mt-1 text-sm font-medium text-slate-800">tối đa {formatPoints(c.maxPoints)} điểm</p>
              <div className="mt-3 grid gap-3 sm:grid-cols-[10rem_1fr]">
                <Field
                  id={pk}
                  label={
                    <>
                      Điểm<span className="sr-only"> tiêu chí “{c.name}”</span>
                    </>
                  }
                  hint={`Từ 0 đến ${formatPoints(c.maxPoints)}, bước 0,5`}
                  error={errors[pk]}
                >
                  <Input
                    id={pk}
                    name={pk}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={rows[c.id].points}
                    onChange={(e) => set(c.id, { points: e.target.value })}
                    aria-invalid={!!errors[pk]}
                    aria-describedby={describedBy(pk, errors[pk], true)}
                    className="max-w-[10rem] text-right tabular-nums"
                  />
                </Field>
                <Field
                  id={ck}
                  label={
                    <>
                      Nhận xét<span className="sr-only"> tiêu chí “{c.name}”</span>
                    </>
                  }
                  hint="Không bắt buộc; tối đa 2000 ký tự"
                  error={errors[ck]}
                >
                  <Textarea
                    id={ck}
                    name={ck}
                    rows={2}
                    maxLength={2000}
                    value={rows[c.id].comment}
                    onChange={(e) => set(c.id, { comment: e.target.value })}
                    aria-invalid={!!errors[ck]}
                    aria-describedby={describedBy(ck, errors[ck], true)}
                  />
                </Field>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-300 bg-white/95 px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.06)] backdrop-blur">
        {result && (
          <Alert tone={result.ok ? "success" : "error"} className="mb-2">
            {result.message}
          </Alert>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <p className="mr-auto text-sm text-slate-800" aria-live="polite" data-testid="running-total">
            Tổng: <strong className="tabular-nums">{formatPoints(total)}</strong>/{formatPoints(maxTotal)} điểm · đã chấm {scored}/{criteria.length} tiêu chí
          </p>
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Đang lưu…" : "Lưu nháp"}
          </Button>
          <Button onClick={() => void send(true)} disabled={pending}>
            Gửi kết quả chấm
          </Button>
        </div>
      </div>
    </form>
  );
}
