"use client";

import { useState } from "react";
import { autoAssignAction } from "@/lib/appraisal/rounds/actions";
import type { AutoAssignOutcome } from "@/lib/appraisal/rounds/mutations";
import { ActionButton } from "./action-button";

/** "Phân công tự động": balanced; shows each evaluator's load and what could not be filled. */
export function AutoAssignButton({ roundId, status }: { roundId: string; status: "DRAFT" | "OPEN" }) {
  const [outcome, setOutcome] = useState<AutoAssignOutcome | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">
        {status === "DRAFT"
          ? "Chia đều các nội dung cho người chấm (chênh lệch tối đa 1), không giao nội dung của đơn vị mình hoặc đơn vị cấp dưới (người của cơ quan ban hành hoặc cấp trên không được giao nội dung của các đơn vị trực thuộc); giữ các phân công làm bằng tay."
          : "Đợt đang chấm: giữ nguyên các phân công hiện có, chỉ bổ sung người chấm cho nội dung còn thiếu."}
      </p>
      <ActionButton action={autoAssignAction} input={{ roundId }} label="Phân công tự động" pendingLabel="Đang phân công…" variant="primary" onDone={(d) => setOutcome(d as AutoAssignOutcome)} />
      {outcome && (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Số nội dung mỗi người chấm sau khi phân công</caption>
            <thead className="text-left">
              <tr>
                <th scope="col" className="px-2 py-1">
                  Người chấm
                </th>
                <th scope="col" className="px-2 py-1">
                  Số nội dung
                </th>
              </tr>
            </thead>
            <tbody>
              {outcome.loads.map((l) => (
                <tr key={l.evaluatorId} className="border-t border-slate-200">
                  <td className="px-2 py-1">{l.fullName}</td>
                  <td className="px-2 py-1">{l.load}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
