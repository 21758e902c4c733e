"use client";

import { useMemo, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { POSITION_LABELS } from "@/lib/awards/labels";
import { updateSessionMembersAction } from "@/lib/council/sessions/actions";
import type { CouncilPosition } from "@/lib/generated/prisma/enums";

export interface CouncilOption {
  userId: string;
  fullName: string;
  jobTitle: string | null;
  position: CouncilPosition;
  /** False for someone convened earlier who has left the council's list since. */
  inCouncil: boolean;
}

/**
 * Who is convened (checkboxes from the council's member list), who chairs and who takes the minutes
 * (both among the convened). Only while the session is being prepared.
 */
export function SessionMembersForm({
  sessionId,
  lockVersion,
  options,
  convened,
  chairUserId,
  secretaryUserId,
}: {
  sessionId: string;
  lockVersion: number;
  options: CouncilOption[];
  convened: string[];
  chairUserId: string;
  secretaryUserId: string | null;
}) {
  const [pending, start] = useTransition();
  const [selected, setSelected] = useState<string[]>(convened);
  const [chair, setChair] = useState(chairUserId);
  const [secretary, setSecretary] = useState(secretaryUserId ?? "");
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const chosen = useMemo(() => options.filter((o) => selected.includes(o.userId)), [options, selected]);

  const toggle = (userId: string, on: boolean) => setSelected((cur) => (on ? [...cur, userId] : cur.filter((id) => id !== userId)));

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    setResult(null);
    const local: Record<string, string> = {};
    if (selected.length === 0) local.memberUserIds = "Vui lòng chọn ít nhất một thành viên được triệu tập.";
    if (!selected.includes(chair)) local.chairUserId = "Chủ trì phiên họp phải là một thành viên được triệu tập.";
    if (secretary && !selected.includes(secretary)) local.secretaryUserId = "Thư ký phiên họp phải là một thành viên được triệu tập.";
    setErrors(local);
    if (Object.keys(local).length) return;
    start(async () => {
      const res = await updateSessionMembersAction({ sessionId, lockVersion, memberUserIds: selected, chairUserId: chair, secretaryUserId: secretary });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã lưu." });
      } else {
        setErrors(res.fieldErrors ?? {});
        setResult({ ok: false, message: res.error });
      }
    });
  };

  return (
    <form onSubmit={save} noValidate className="flex flex-col gap-4">
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      <fieldset aria-describedby={errors.memberUserIds ? "members-error" : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-900">
          Thành viên được triệu tập ({selected.length}/{options.length})
        </legend>
        <ul className="grid gap-1 sm:grid-cols-2">
          {options.map((o) => (
            <li key={o.userId} className="flex items-start gap-2 rounded-md px-1 py-1 hover:bg-slate-50">
              <input
                id={`m-${o.userId}`}
                type="checkbox"
                className="mt-1 h-4 w-4"
                checked={selected.includes(o.userId)}
                onChange={(ev) => toggle(o.userId, ev.target.checked)}
              />
              <label htmlFor={`m-${o.userId}`} className="text-sm">
                <span className="font-medium">{o.fullName}</span>
                <span className="block text-xs text-slate-700">
                  {POSITION_LABELS[o.position]}
                  {o.jobTitle ? ` · ${o.jobTitle}` : ""}
                  {!o.inCouncil && " · không còn trong danh sách Hội đồng"}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {errors.memberUserIds && (
          <p id="members-error" className="mt-1 text-sm text-red-700" data-field-error>
            {errors.memberUserIds}
          </p>
        )}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="m-chair" className="text-sm font-medium text-slate-900">
            Chủ trì phiên họp
            <span className="text-red-700" aria-hidden="true">
              {" "}
              *
            </span>
          </label>
          <Select
            id="m-chair"
            value={chair}
            onChange={(ev) => setChair(ev.target.value)}
            aria-invalid={errors.chairUserId ? true : undefined}
            aria-describedby={errors.chairUserId ? "m-chair-error" : undefined}
          >
            {!selected.includes(chair) && <option value={chair}>— Chọn trong số thành viên được triệu tập —</option>}
            {chosen.map((o) => (
              <option key={o.userId} value={o.userId}>
                {o.fullName} ({POSITION_LABELS[o.position]})
              </option>
            ))}
          </Select>
          {errors.chairUserId && (
            <p id="m-chair-error" className="text-sm text-red-700" data-field-error>
              {errors.chairUserId}
            </p>
          )}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="m-secretary" className="text-sm font-medium text-slate-900">
            Thư ký phiên họp
          </label>
          <Select
            id="m-secretary"
            value={secretary}
            onChange={(ev) => setSecretary(ev.target.value)}
            aria-invalid={errors.secretaryUserId ? true : undefined}
            aria-describedby={errors.secretaryUserId ? "m-secretary-error" : undefined}
          >
            <option value="">— Không chỉ định —</option>
            {chosen.map((o) => (
              <option key={o.userId} value={o.userId}>
                {o.fullName} ({POSITION_LABELS[o.position]})
              </option>
            ))}
          </Select>
          {errors.secretaryUserId && (
            <p id="m-secretary-error" className="text-sm text-red-700" data-field-error>
              {errors.secretaryUserId}
            </p>
          )}
        </div>
      </div>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu thành phần"}
        </Button>
      </div>
    </form>
  );
}
