"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/field";
import { POSITION_LABELS } from "@/lib/awards/labels";
import { changeCouncilMemberPositionAction, moveCouncilMemberAction, setCouncilMemberActiveAction } from "@/lib/council/members/actions";
import type { CouncilPosition } from "@/lib/generated/prisma/enums";

const POSITIONS = Object.keys(POSITION_LABELS) as CouncilPosition[];
const small = "min-h-9 px-2 py-1 text-xs";

/** Per member: change the position, move up / down, deactivate / reactivate. */
export function CouncilMemberActions({
  id,
  name,
  position,
  active,
  first,
  last,
}: {
  id: string;
  name: string;
  position: CouncilPosition;
  active: boolean;
  first: boolean;
  last: boolean;
}) {
  const confirm = useConfirm();
  const [pending, start] = useTransition();
  const [pos, setPos] = useState<CouncilPosition>(position);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = (call: () => Promise<{ ok: true; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string> }>) => {
    setMessage(null);
    start(async () => {
      const res = await call();
      if (res.ok) {
        if (res.message) setMessage({ ok: true, text: res.message });
      } else {
        setMessage({ ok: false, text: Object.values(res.fieldErrors ?? {})[0] ?? res.error });
        setPos(position);
      }
    });
  };

  const selectId = `position-${id}`;
  return (
    <div className="flex flex-col gap-1">
      {active && (
        <form
          className="flex flex-wrap items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => changeCouncilMemberPositionAction({ id, position: pos }));
          }}
        >
          <label htmlFor={selectId} className="sr-only">
            Chức danh của {name}
          </label>
          <Select id={selectId} value={pos} onChange={(e) => setPos(e.target.value as CouncilPosition)} className="w-auto min-w-44 py-1 text-xs">
            {POSITIONS.map((p) => (
              <option key={p} value={p}>
                {POSITION_LABELS[p]}
              </option>
            ))}
          </Select>
          {pos !== position && (
            <Button type="submit" variant="secondary" className={small} disabled={pending}>
              Lưu chức danh
            </Button>
          )}
        </form>
      )}
      <div className="flex flex-wrap gap-1">
        {active && (
          <>
            <Button variant="ghost" className={small} disabled={pending || first} onClick={() => run(() => moveCouncilMemberAction({ id, direction: "up" }))} aria-label={`Đưa ${name} lên trên`}>
              ↑
            </Button>
            <Button variant="ghost" className={small} disabled={pending || last} onClick={() => run(() => moveCouncilMemberAction({ id, direction: "down" }))} aria-label={`Đưa ${name} xuống dưới`}>
              ↓
            </Button>
          </>
        )}
        <Button
          variant="ghost"
          className={`${small} ${active ? "text-red-700" : ""}`}
          disabled={pending}
          onClick={async () => {
            if (
              active &&
              !(await confirm({
                title: `${name} thôi là thành viên Hội đồng?`,
                description: "Thành viên không được triệu tập vào các phiên họp mới nữa; có thể bổ sung lại sau.",
                confirmLabel: "Cho thôi",
                tone: "danger",
              }))
            )
              return;
            run(() => setCouncilMemberActiveAction({ id, active: !active }));
          }}
          aria-label={`${active ? "Cho thôi" : "Bổ sung lại"}: ${name}`}
        >
          {active ? "Cho thôi" : "Bổ sung lại"}
        </Button>
      </div>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`text-xs ${message.ok ? "text-green-800" : "text-red-700"}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
