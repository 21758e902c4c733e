"use client";

import { useState, useTransition } from "react";
import { Button, LinkButton } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { deleteAwardFormAction, setAwardFormActiveAction } from "@/lib/awards/forms/actions";

/** "Sửa", "Ngừng sử dụng" / "Dùng lại", and "Xoá" for a form nobody has used. */
export function AwardFormRowActions({ id, name, active, lockVersion, used }: { id: string; name: string; active: boolean; lockVersion: number; used: boolean }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const small = "min-h-9 px-3 py-1 text-xs";
  const confirm = useConfirm();

  const run = async (kind: "toggle" | "delete") => {
    if (
      kind === "delete" &&
      !(await confirm({ title: `Xoá hình thức khen thưởng “${name}”?`, description: "Thao tác này không hoàn tác được.", confirmLabel: "Xoá", tone: "danger" }))
    )
      return;
    setMessage(null);
    start(async () => {
      const res = kind === "delete" ? await deleteAwardFormAction(id, lockVersion) : await setAwardFormActiveAction(id, !active, lockVersion);
      setMessage(res.ok ? { ok: true, text: res.message ?? "Đã lưu." } : { ok: false, text: res.error });
    });
  };

  return (
    <div className="flex flex-wrap items-center gap-1">
      <LinkButton href={`/awards/forms/${id}`} variant="secondary" className={small} aria-label={`Sửa ${name}`}>
        Sửa
      </LinkButton>
      <Button variant="ghost" className={small} disabled={pending} onClick={() => run("toggle")} aria-label={`${active ? "Ngừng sử dụng" : "Dùng lại"} ${name}`}>
        {active ? "Ngừng sử dụng" : "Dùng lại"}
      </Button>
      {!used && (
        <Button variant="ghost" className={`${small} text-red-700`} disabled={pending} onClick={() => run("delete")} aria-label={`Xoá ${name}`}>
          Xoá
        </Button>
      )}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`basis-full text-xs ${message.ok ? "text-green-800" : "text-red-700"}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
